package dev.reactiveai.openai.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.reactiveai.openai.OpenAiClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;

/**
 * The generated service methods of the client, by the HTTP method and path they call. The
 * source of each {@code *Service.java} names them: every method whose body holds an
 * {@code ApiRequest.of(HttpMethod.X, "/path", ...)} call is the method of that operation.
 * Reflection then finds the method, and the client's accessors (walked from
 * {@link OpenAiClient}) the object to call it on.
 */
final class ServiceMethods {

	private static final Pattern REQUEST = Pattern
		.compile("ApiRequest\\s*\\.\\s*of\\(\\s*(?:[\\w.]+\\.)?HttpMethod\\.(\\w+)\\s*,\\s*\"([^\"]+)\"");

	/** A method declaration of a generated service: return type, name, parameters. */
	private static final Pattern DECLARATION = Pattern
		.compile("\\n\\t+public\\s+(?!final\\s+class|static\\s+)([\\w<>,.?\\s\\[\\]]+?)\\s+(\\w+)\\(([^)]*)\\)\\s*\\{");

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

	private static final String RAW_RESPONSE_CLASS = "public final class WithRawResponse";

	private final Map<String, List<Candidate>> byOperation = new LinkedHashMap<>();

	private ServiceMethods() {
	}

	/**
	 * Read the generated services below the given source folder.
	 * @param sources the client's {@code src/main/java}
	 * @return their methods
	 */
	static ServiceMethods scan(Path sources) {
		ServiceMethods methods = new ServiceMethods();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter((file) -> file.getFileName().toString().endsWith("Service.java"))
				.sorted()
				.toList()) {
				methods.add(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return methods;
	}

	/**
	 * The methods that call the given operation: the JSON, binary or body-less one first,
	 * then any streaming ones.
	 * @param method the HTTP method, upper case
	 * @param path the path template
	 * @return the methods, empty if the client has none
	 */
	List<Candidate> candidates(String method, String path) {
		List<Candidate> candidates = new ArrayList<>(this.byOperation.getOrDefault(method + " " + path, List.of()));
		candidates.sort((a, b) -> Boolean.compare(a.kind() == Kind.STREAM, b.kind() == Kind.STREAM));
		return candidates;
	}

	/** Every operation key ({@code METHOD /path}) the sources call. */
	Set<String> operationKeys() {
		return this.byOperation.keySet();
	}

	private void add(Path file) throws IOException {
		String source = Files.readString(file, StandardCharsets.UTF_8);
		Matcher packageName = PACKAGE.matcher(source);
		if (!packageName.find()) {
			return;
		}
		String simpleName = file.getFileName().toString().replace(".java", "");
		String className = packageName.group(1) + "." + simpleName;
		int rawResponseStart = source.indexOf(RAW_RESPONSE_CLASS);
		List<Declaration> declarations = new ArrayList<>();
		Matcher declaration = DECLARATION.matcher(source);
		while (declaration.find()) {
			declarations
				.add(new Declaration(declaration.start(), declaration.group(2), parameterTypes(declaration.group(3))));
		}
		Matcher request = REQUEST.matcher(source);
		while (request.find()) {
			Declaration enclosing = null;
			int end = source.length();
			for (int i = 0; i < declarations.size(); i++) {
				if (declarations.get(i).start() < request.start()) {
					enclosing = declarations.get(i);
					end = (i + 1 < declarations.size()) ? declarations.get(i + 1).start() : source.length();
				}
			}
			if (enclosing == null) {
				continue;
			}
			boolean rawResponse = rawResponseStart >= 0 && enclosing.start() > rawResponseStart;
			String owner = rawResponse ? className + "$WithRawResponse" : className;
			Method method = find(owner, enclosing);
			String body = source.substring(enclosing.start(), end);
			Candidate candidate = new Candidate(method, kind(method), body.contains(".multipart("));
			this.byOperation.computeIfAbsent(request.group(1) + " " + request.group(2), (key) -> new ArrayList<>())
				.add(candidate);
		}
	}

	private static List<String> parameterTypes(String parameters) {
		List<String> types = new ArrayList<>();
		int depth = 0;
		StringBuilder current = new StringBuilder();
		for (char c : (parameters + ",").toCharArray()) {
			if (c == '<') {
				depth++;
			}
			else if (c == '>') {
				depth--;
			}
			if (c == ',' && depth == 0) {
				String parameter = current.toString().replaceAll("@\\w+\\s+", "").trim();
				if (!parameter.isEmpty()) {
					String type = parameter.substring(0, parameter.lastIndexOf(' ')).trim();
					types.add(type.replaceAll("<.*>", "").replaceAll(".*\\.", ""));
				}
				current.setLength(0);
			}
			else {
				current.append(c);
			}
		}
		return types;
	}

	private static Method find(String owner, Declaration declaration) {
		try {
			Class<?> type = Class.forName(owner);
			for (Method method : type.getDeclaredMethods()) {
				if (method.getName().equals(declaration.name()) && Modifier.isPublic(method.getModifiers())
						&& Arrays.stream(method.getParameterTypes())
							.map(Class::getSimpleName)
							.toList()
							.equals(declaration.parameterTypes())) {
					return method;
				}
			}
			throw new IllegalStateException("No method " + declaration.name() + declaration.parameterTypes() + " on "
					+ owner + ", though its source has one");
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("The source of " + owner + " has no compiled class", ex);
		}
	}

	private static Kind kind(Method method) {
		Type returnType = method.getGenericReturnType();
		if (returnType instanceof ParameterizedType parameterized) {
			Type argument = parameterized.getActualTypeArguments()[0];
			if (parameterized.getRawType() == Mono.class) {
				if (argument == Void.class) {
					return Kind.NO_BODY;
				}
				if (argument instanceof ParameterizedType inner
						&& inner.getRawType() == dev.reactiveai.openai.core.ApiResponse.class) {
					return (inner.getActualTypeArguments()[0] == Void.class) ? Kind.NO_BODY : Kind.JSON;
				}
				return Kind.JSON;
			}
			if (parameterized.getRawType() == Flux.class) {
				return (argument == DataBuffer.class) ? Kind.BINARY : Kind.STREAM;
			}
		}
		throw new IllegalStateException("Unexpected return type of " + method + ": " + returnType);
	}

	/**
	 * The objects that the client's accessors answer, by class: every service and
	 * sub-service, and the {@code withRawResponse()} view of each.
	 * @param client the client
	 * @return the objects
	 */
	static Map<Class<?>, Object> services(OpenAiClient client) {
		Map<Class<?>, Object> services = new LinkedHashMap<>();
		walk(client, services, new IdentityHashMap<>());
		return services;
	}

	private static void walk(Object target, Map<Class<?>, Object> services, Map<Object, Boolean> seen) {
		if (seen.put(target, Boolean.TRUE) != null) {
			return;
		}
		for (Method accessor : target.getClass().getMethods()) {
			Class<?> type = accessor.getReturnType();
			boolean service = type.getSimpleName().endsWith("Service")
					|| type.getSimpleName().equals("WithRawResponse");
			if (accessor.getParameterCount() == 0 && service && type.getName().startsWith("dev.reactiveai.openai.")
					&& !Modifier.isStatic(accessor.getModifiers())) {
				try {
					Object value = accessor.invoke(target);
					if (value != null) {
						services.putIfAbsent(value.getClass(), value);
						walk(value, services, seen);
					}
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Could not call " + accessor, ex);
				}
			}
		}
	}

	/** How a method answers. */
	enum Kind {

		/**
		 * {@code Mono<ApiResponse<T>>} or {@code Mono<T>}: a JSON body read into a model.
		 */
		JSON,

		/** {@code Mono<Void>}: no body. */
		NO_BODY,

		/** {@code Flux<DataBuffer>}: the bytes of a file. */
		BINARY,

		/** {@code Flux<E>} of server-sent events. */
		STREAM

	}

	/**
	 * A generated method that calls an operation.
	 *
	 * @param method the method
	 * @param kind how it answers
	 * @param multipart whether it sends its body as {@code multipart/form-data}
	 */
	record Candidate(Method method, Kind kind, boolean multipart) {

		String describe() {
			return this.method.getDeclaringClass().getName().replace("dev.reactiveai.openai.", "") + "."
					+ this.method.getName()
					+ Arrays.stream(this.method.getParameterTypes())
						.map(Class::getSimpleName)
						.toList()
						.toString()
						.replace('[', '(')
						.replace(']', ')');
		}

	}

	private record Declaration(int start, String name, List<String> parameterTypes) {
	}

}
