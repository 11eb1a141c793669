package dev.reactiveai.openai.conformance;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.reactiveai.openai.conformance.ServiceMethods.Candidate;
import dev.reactiveai.openai.conformance.ServiceMethods.Kind;
import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.OpenAiResponseException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;
import dev.reactiveai.openai.error.UnprocessableEntityException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec.Operation;
import dev.reactiveai.openai.simulator.spec.OpenApiSpec.Parameter;
import dev.reactiveai.openai.simulator.spec.SchemaSampler;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * Calls one operation through its generated method: builds the arguments from the spec
 * (path parameters, required query parameters, a minimal request body), sends the call
 * with a bounded wait and judges what came back.
 */
final class OperationCaller {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	/**
	 * What Prism answers when the request was valid but the answer is an event stream.
	 */
	private static final List<String> PRISM_CANNOT_STREAM = List.of("NO_COMPLEX_OBJECT_TEXT",
			"Cannot serialise complex objects as text");

	private static final byte[] UPLOAD = "conformance upload\n".getBytes(StandardCharsets.UTF_8);

	private final OpenApiSpec spec;

	private final ServiceMethods methods;

	private final SchemaSampler sampler;

	private final Duration timeout;

	private final PathValues pathValues;

	/** The client's own mapper, plus: any string read as an {@link UploadFile}. */
	private final JsonMapper mapper = OpenAiJson.mapperBuilder()
		.addModule(new SimpleModule("conformance-uploads").addDeserializer(UploadFile.class, new UploadDeserializer()))
		.build();

	OperationCaller(OpenApiSpec spec, ServiceMethods methods, Duration timeout) {
		this(spec, methods, timeout, (prefix) -> null);
	}

	/**
	 * A caller that takes the value of a path variable from the caller where it has one,
	 * such as the id of a resource an earlier call created.
	 * @param spec the spec
	 * @param methods the generated methods
	 * @param timeout the bound of each call
	 * @param pathValues the values of path variables, by the path before them
	 */
	OperationCaller(OpenApiSpec spec, ServiceMethods methods, Duration timeout, PathValues pathValues) {
		this.spec = spec;
		this.methods = methods;
		this.sampler = new SchemaSampler(spec);
		this.timeout = timeout;
		this.pathValues = pathValues;
	}

	/**
	 * Call the operation with each of its methods: the JSON, binary or body-less one, and
	 * any streaming variant.
	 * @param services the client's services by class
	 * @param violations where the client's filter keeps the {@code sl-violations} header
	 * of the last answer: Prism's word that its answer breaks the spec
	 * @param operation the operation
	 * @return what happened
	 */
	Outcome call(Map<Class<?>, Object> services, AtomicReference<@Nullable String> violations, Operation operation) {
		List<Candidate> candidates = this.methods.candidates(operation.method(), operation.path());
		if (candidates.isEmpty()) {
			return Outcome.missing("the client has no method for it (no ApiRequest.of(HttpMethod." + operation.method()
					+ ", \"" + operation.path() + "\") in a generated service)");
		}
		List<String> called = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		AtomicReference<@Nullable Object> answer = new AtomicReference<>();
		boolean primaryDone = false;
		for (Candidate candidate : candidates) {
			if (candidate.kind() != Kind.STREAM && primaryDone) {
				continue;
			}
			primaryDone |= candidate.kind() != Kind.STREAM;
			called.add(candidate.describe());
			Object service = services.get(candidate.method().getDeclaringClass());
			if (service == null) {
				return Outcome.failed(called,
						"no accessor of the client leads to " + candidate.method().getDeclaringClass().getName());
			}
			String failure;
			violations.set(null);
			try {
				Object[] arguments = arguments(operation, candidate);
				failure = invoke(service, candidate, operation, arguments, notes, answer);
			}
			catch (ArgumentException ex) {
				failure = "could not build the arguments: " + ex.getMessage();
			}
			if (failure != null) {
				String violated = violations.get();
				if (violated != null) {
					failure += " -- and Prism says its answer breaks the spec (sl-violations: "
							+ ((violated.length() > 600) ? violated.substring(0, 600) + "..." : violated) + ")";
				}
				return Outcome.failed(called, candidate.method().getName() + ": " + failure);
			}
		}
		return Outcome.passed(called, notes, answer.get());
	}

	private @Nullable String invoke(Object service, Candidate candidate, Operation operation, Object[] arguments,
			List<String> notes, AtomicReference<@Nullable Object> answer) {
		Object publisher;
		try {
			publisher = candidate.method().invoke(service, arguments);
		}
		catch (InvocationTargetException ex) {
			return "the method threw " + describe(ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			return "could not call the method: " + ex;
		}
		try {
			switch (candidate.kind()) {
				case JSON -> {
					Object value = ((Mono<?>) publisher).block(this.timeout);
					Object body = (value instanceof ApiResponse<?> response) ? response.body() : value;
					if (body == null) {
						return "no body was read";
					}
					answer.set(body);
					String unknown = UnknownVariants.find(body);
					if (unknown != null) {
						return "the answer was read, but not into its typed model: " + unknown;
					}
				}
				case NO_BODY -> ((Mono<?>) publisher).block(this.timeout);
				case BINARY -> {
					Long bytes = ((Flux<?>) publisher).map((buffer) -> {
						DataBuffer dataBuffer = (DataBuffer) buffer;
						int size = dataBuffer.readableByteCount();
						DataBufferUtils.release(dataBuffer);
						return (long) size;
					}).reduce(0L, Long::sum).block(this.timeout);
					if (bytes == null) {
						return "the content did not complete";
					}
				}
				case STREAM -> {
					try {
						((Flux<?>) publisher).collectList().block(this.timeout);
					}
					catch (OpenAiServiceException ex) {
						if (ex.statusCode() == 500
								&& PRISM_CANNOT_STREAM.stream().anyMatch(ex.getMessage()::contains)) {
							notes.add(candidate.method().getName()
									+ ": request valid; Prism cannot send an event stream (500 NO_COMPLEX_OBJECT_TEXT)");
							return null;
						}
						if (ex.statusCode() == 406 && ex.getMessage().contains("NOT_ACCEPTABLE")
								&& !operation.answersEventStream()) {
							notes.add(candidate.method().getName()
									+ ": request valid; the spec declares no text/event-stream answer (406 NOT_ACCEPTABLE)");
							return null;
						}
						throw ex;
					}
				}
			}
			return null;
		}
		catch (UnprocessableEntityException ex) {
			return "the server rejected the request: " + ex.getMessage();
		}
		catch (OpenAiServiceException ex) {
			return "HTTP " + ex.statusCode() + ": " + ex.getMessage();
		}
		catch (OpenAiResponseException ex) {
			return "the answer could not be read: " + ex.getMessage();
		}
		catch (OpenAiTimeoutException ex) {
			return "no answer in time: " + ex.getMessage();
		}
		catch (OpenAiException ex) {
			return describe(ex);
		}
		catch (IllegalStateException ex) {
			return (ex.getMessage() != null && ex.getMessage().startsWith("Timeout"))
					? "no answer within " + this.timeout : describe(ex);
		}
		catch (RuntimeException ex) {
			return describe(ex);
		}
	}

	private Object[] arguments(Operation operation, Candidate candidate) {
		Method method = candidate.method();
		List<String> pathNames = new ArrayList<>();
		Matcher variable = PATH_VARIABLE.matcher(operation.path());
		while (variable.find()) {
			pathNames.add(variable.group(1));
		}
		Map<String, Parameter> pathParameters = new LinkedHashMap<>();
		operation.parameters("path").forEach((parameter) -> pathParameters.put(parameter.name(), parameter));
		Object[] arguments = new Object[method.getParameterCount()];
		int pathIndex = 0;
		for (int i = 0; i < arguments.length; i++) {
			Class<?> type = method.getParameterTypes()[i];
			if (type == String.class) {
				if (pathIndex >= pathNames.size()) {
					throw new ArgumentException("more String parameters than the path has variables");
				}
				String name = pathNames.get(pathIndex++);
				String template = operation.path();
				String prefix = template.substring(0, template.indexOf("/{" + name + "}"));
				arguments[i] = pathValue(pathParameters.get(name), prefix);
			}
			else if (type.getSimpleName().endsWith("Params")) {
				arguments[i] = bind(queryParameters(operation), type, "query parameters");
			}
			else {
				arguments[i] = bind(body(operation, candidate), type, "request body");
			}
		}
		if (pathIndex != pathNames.size()) {
			throw new ArgumentException(
					"the method takes " + pathIndex + " path variables, the path has " + pathNames.size());
		}
		return arguments;
	}

	private String pathValue(@Nullable Parameter parameter, String prefix) {
		if (parameter == null) {
			return "x_1";
		}
		JsonNode schema = this.spec.resolve(parameter.schema());
		String known = this.pathValues.value(prefix);
		if (known != null && !schema.has("enum") && !schema.has("const")) {
			return known;
		}
		if (parameter.example() != null && parameter.example().isString()) {
			return parameter.example().asString();
		}
		if (schema.has("enum") || schema.has("const") || schema.has("pattern") || schema.has("format")
				|| !"string".equals(schema.path("type").asString("string"))) {
			Object value = this.sampler.sample(schema);
			if (value != null) {
				return String.valueOf(value);
			}
		}
		return "x_1";
	}

	private Map<String, Object> queryParameters(Operation operation) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Parameter parameter : operation.parameters("query")) {
			if (parameter.required()) {
				Object value = (parameter.example() != null && !parameter.example().isNull())
						? this.mapper.treeToValue(parameter.example(), Object.class)
						: this.sampler.sample(parameter.schema());
				if (value != null) {
					values.put(parameter.name(), value);
				}
			}
		}
		return values;
	}

	private @Nullable Object body(Operation operation, Candidate candidate) {
		Map<String, JsonNode> bodies = operation.requestBodies();
		if (bodies.isEmpty()) {
			throw new ArgumentException("the method takes a body, but the operation has none");
		}
		JsonNode schema = candidate.multipart() ? bodies.get("multipart/form-data") : bodies.get("application/json");
		if (schema == null) {
			schema = bodies.values().iterator().next();
		}
		return this.sampler.sample(schema);
	}

	private Object bind(@Nullable Object value, Class<?> type, String what) {
		try {
			Object bound = this.mapper.convertValue((value != null) ? value : Map.of(), type);
			if (bound == null) {
				throw new ArgumentException("the " + what + " " + value + " bound to null");
			}
			return bound;
		}
		catch (RuntimeException ex) {
			if (ex instanceof ArgumentException) {
				throw ex;
			}
			throw new ArgumentException(
					"the " + what + " " + value + " do not bind to " + type.getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static String describe(@Nullable Throwable ex) {
		if (ex == null) {
			return "an unknown failure";
		}
		return ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

	/**
	 * What came of calling one operation.
	 *
	 * @param passed whether every call of it passed
	 * @param missing whether the client has no method for it
	 * @param methods the methods called
	 * @param reason why it failed, or notes on how it passed
	 * @param answer the model the JSON answer was read into, if it was
	 */
	record Outcome(boolean passed, boolean missing, List<String> methods, String reason, @Nullable Object answer) {

		static Outcome passed(List<String> methods, List<String> notes, @Nullable Object answer) {
			return new Outcome(true, false, List.copyOf(methods), String.join("; ", notes), answer);
		}

		static Outcome failed(List<String> methods, String reason) {
			return new Outcome(false, false, List.copyOf(methods), reason, null);
		}

		static Outcome missing(String reason) {
			return new Outcome(false, true, List.of(), reason, null);
		}

	}

	/**
	 * Values of path variables that the caller knows.
	 */
	@FunctionalInterface
	interface PathValues {

		/**
		 * The value of the path variable that follows a path.
		 * @param prefix the path template before the variable, such as
		 * {@code /vector_stores/{vector_store_id}/files}
		 * @return the value, or {@code null} to make one up
		 */
		@Nullable String value(String prefix);

	}

	private static final class ArgumentException extends RuntimeException {

		ArgumentException(String message) {
			super(message);
		}

	}

	/** Any string value of an upload field: a small text file. */
	private static final class UploadDeserializer extends ValueDeserializer<UploadFile> {

		@Override
		public UploadFile deserialize(JsonParser parser, DeserializationContext context) {
			String name = parser.getValueAsString();
			String filename = (name != null && name.contains(".")) ? name : SchemaSampler.FILE;
			return UploadFile.of(new ByteArrayResource(UPLOAD), filename);
		}

	}

}
