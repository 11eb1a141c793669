package dev.reactiveai.openai.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The Java types of the generated services' operations, by HTTP method and path: the body
 * type of each operation that answers with JSON, and the event type of each streaming
 * operation. The source of each service gives the method and path of its methods (an
 * {@code ApiRequest.of(HttpMethod.X, "/path")} call); reflection gives their types.
 */
final class GeneratedOperations {

	/** The generated services, relative to the client module. */
	static final Path SOURCES = Path.of("src", "main", "java", "dev", "reactiveai", "openai");

	private static final String RAW_RESPONSE_CLASS = "public final class WithRawResponse";

	private static final Pattern METHOD_START = Pattern.compile("\\n\\t+public ");

	private static final Pattern JSON_METHOD = Pattern.compile("^Mono<ApiResponse<[^(]*>> (\\w+)\\(");

	private static final Pattern STREAM_METHOD = Pattern.compile("^Flux<[^(]*> (\\w+)\\(");

	private static final Pattern REQUEST = Pattern
		.compile("ApiRequest\\s*\\.of\\(\\s*(?:[\\w.]+\\.)?HttpMethod\\.(\\w+),\\s*\"([^\"]+)\"");

	private final Map<String, Type> bodyTypes = new HashMap<>();

	private final Map<String, StreamOperation> streams = new HashMap<>();

	private GeneratedOperations() {
	}

	/**
	 * Read the generated services.
	 * @return their operations
	 * @throws IOException if the sources cannot be read
	 */
	static GeneratedOperations scan() throws IOException {
		GeneratedOperations operations = new GeneratedOperations();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((file) -> file.getFileName().toString().endsWith("Service.java")).toList()) {
				operations.add(file);
			}
		}
		return operations;
	}

	private void add(Path file) {
		String source = read(file);
		String className = SOURCES.relativize(file)
			.toString()
			.replace(file.getFileSystem().getSeparator(), ".")
			.replaceAll("\\.java$", "");
		Class<?> service = load("dev.reactiveai.openai." + className);
		int rawResponse = source.indexOf(RAW_RESPONSE_CLASS);
		String outer = (rawResponse >= 0) ? source.substring(0, rawResponse) : source;
		String inner = (rawResponse >= 0) ? source.substring(rawResponse) : "";
		for (String method : METHOD_START.split(outer)) {
			Matcher stream = STREAM_METHOD.matcher(method);
			Matcher request = REQUEST.matcher(method);
			boolean named = method.contains(".streamNamedEvents(");
			if (stream.find() && request.find() && (named || method.contains(".stream("))) {
				Type eventType = typeArgument(returnType(service, stream.group(1)));
				put(this.streams, key(request), new StreamOperation((Class<?>) eventType, named));
			}
		}
		if (rawResponse >= 0) {
			Class<?> raw = load(service.getName() + "$WithRawResponse");
			for (String method : METHOD_START.split(inner)) {
				Matcher json = JSON_METHOD.matcher(method);
				Matcher request = REQUEST.matcher(method);
				if (json.find() && request.find()) {
					Type apiResponse = typeArgument(returnType(raw, json.group(1)));
					put(this.bodyTypes, key(request), typeArgument(apiResponse));
				}
			}
		}
	}

	private static <V> void put(Map<String, V> map, String key, V value) {
		V previous = map.putIfAbsent(key, value);
		if (previous != null && !previous.equals(value)) {
			throw new IllegalStateException(key + " answers both " + previous + " and " + value);
		}
	}

	private static String key(Matcher request) {
		return request.group(1) + " " + request.group(2);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("No class " + name, ex);
		}
	}

	private static Type returnType(Class<?> type, String methodName) {
		List<Type> types = Stream.of(type.getMethods())
			.filter((method) -> method.getName().equals(methodName))
			.map(Method::getGenericReturnType)
			.distinct()
			.toList();
		if (types.size() != 1) {
			throw new IllegalStateException(type.getName() + "." + methodName + " returns " + types);
		}
		return types.get(0);
	}

	private static Type typeArgument(Type type) {
		return ((ParameterizedType) type).getActualTypeArguments()[0];
	}

	/**
	 * The body type of the operation that answers with JSON.
	 * @param method the HTTP method
	 * @param path the path template
	 * @return the type, or {@code null} if no service method reads a JSON answer
	 */
	@Nullable Type bodyType(String method, String path) {
		return this.bodyTypes.get(method + " " + path);
	}

	/**
	 * The streaming variant of the operation.
	 * @param method the HTTP method
	 * @param path the path template
	 * @return the streaming operation, or {@code null} if it has none
	 */
	@Nullable StreamOperation stream(String method, String path) {
		return this.streams.get(method + " " + path);
	}

	/**
	 * A streaming operation.
	 *
	 * @param eventType the type each event is read into
	 * @param namedEvents whether each event is read as {@code {"event": name, "data":
	 * data}} (the Assistants runs) rather than from its data alone
	 */
	record StreamOperation(Class<?> eventType, boolean namedEvents) {

	}

}
