package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.palantir.javapoet.CodeBlock;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which operations can answer with server-sent events, what the events are, and how a
 * call asks for them. The property through which a call asks (a body's {@code stream}, a
 * speech request's {@code stream_format}, a {@code stream} query parameter) is the call's
 * to set: the streaming method sets it, the other method leaves it out, and the request's
 * builder has no setter for it.
 */
final class Streaming {

	/**
	 * Operations that stream without the description saying so, and what their events
	 * are.
	 */
	static final Map<String, String> UNDECLARED_STREAMS = Map.of("createCompletion", "CreateCompletionResponse",
			"createRun", "AssistantStreamEvent", "createThreadAndRun", "AssistantStreamEvent", "submitToolOuputsToRun",
			"AssistantStreamEvent", "getResponse", "ResponseStreamEvent");

	/**
	 * Streams whose events are named by the SSE {@code event:} line rather than inside
	 * their data.
	 */
	private static final Set<String> ENVELOPED_EVENTS = Set.of("AssistantStreamEvent");

	/**
	 * The body properties through which a call asks for a stream, in the order they are
	 * looked for, and the value that asks.
	 */
	private static final List<Map.Entry<String, Object>> ASKING_PROPERTIES = List.of(Map.entry("stream", true),
			Map.entry("stream_format", "sse"));

	/**
	 * Body properties that configure the stream: the description says to set them only
	 * with {@code stream: true} (the API refuses them otherwise), so the call that
	 * answers whole leaves them out.
	 */
	private static final List<String> STREAM_ONLY_PROPERTIES = List.of("stream_options");

	/**
	 * How a call asks for a stream.
	 *
	 * @param eventComponent the component schema of the events
	 * @param enveloped whether the events are named by the SSE {@code event:} line
	 * @param property the body property or query parameter that asks
	 * @param value the value that asks
	 * @param query whether it is a query parameter
	 * @param streamOnly the body properties that only the streaming call sends
	 */
	record Stream(String eventComponent, boolean enveloped, String property, Object value, boolean query,
			List<String> streamOnly) {

		/** The body the streaming call sends, from the caller's {@code request}. */
		CodeBlock streamingBody() {
			return this.query ? CodeBlock.of("request")
					: CodeBlock.of("request.toBuilder().additionalProperty($S, $L).build()", this.property,
							(this.value instanceof String text) ? CodeBlock.of("$S", text) : this.value);
		}

		/**
		 * The body the call that answers whole sends: the request, without the properties
		 * that ask for or configure a stream when a value read elsewhere has them (a
		 * builder copies neither the asking property nor, here, the stream's options).
		 */
		CodeBlock wholeBody() {
			if (this.query) {
				return CodeBlock.of("request");
			}
			CodeBlock.Builder condition = CodeBlock.builder().add("request.$N() != null", Names.camel(this.property));
			CodeBlock.Builder copy = CodeBlock.builder().add("request.toBuilder()");
			for (String property : this.streamOnly) {
				condition.add(" || request.$N() != null", Names.camel(property));
				copy.add(".$N(null)", Names.camel(property));
			}
			return CodeBlock.of("($L) ? $L.build() : request", condition.build(), copy.build());
		}

	}

	private final Schemas schemas;

	Streaming(Schemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * How the operation streams, or null when it does not.
	 * @param operationId the operation's id
	 * @param operation its description
	 * @return how to ask for the stream, or null
	 */
	@Nullable Stream stream(String operationId, JsonNode operation) {
		String events = eventComponent(operationId, operation);
		if (events == null) {
			return null;
		}
		boolean enveloped = ENVELOPED_EVENTS.contains(events);
		String body = bodyComponent(operation);
		if (body != null) {
			Map<String, JsonNode> properties = this.schemas.properties(this.schemas.component(body));
			for (Map.Entry<String, Object> asking : ASKING_PROPERTIES) {
				if (properties.containsKey(asking.getKey())) {
					List<String> streamOnly = STREAM_ONLY_PROPERTIES.stream().filter(properties::containsKey).toList();
					return new Stream(events, enveloped, asking.getKey(), asking.getValue(), false, streamOnly);
				}
			}
		}
		for (JsonNode parameter : operation.path("parameters")) {
			if ("query".equals(parameter.path("in").asString()) && "stream".equals(parameter.path("name").asString())) {
				return new Stream(events, enveloped, "stream", true, true, List.of());
			}
		}
		return null;
	}

	/**
	 * The component of the operation's request body as the client sends it (see
	 * {@link Bodies#requestBody}), or null when it sends none or an inline schema.
	 */
	private static @Nullable String bodyComponent(JsonNode operation) {
		for (Map.Entry<String, JsonNode> content : operation.path("requestBody").path("content").properties()) {
			if (Bodies.REQUEST_CONTENT_TYPES.contains(content.getKey())) {
				return Schemas.refName(content.getValue().path("schema"));
			}
		}
		return null;
	}

	private static @Nullable String eventComponent(String operationId, JsonNode operation) {
		for (Map.Entry<String, JsonNode> status : operation.path("responses").properties()) {
			JsonNode stream = status.getValue().path("content").path("text/event-stream").path("schema");
			String ref = Schemas.refName(stream);
			if (ref != null) {
				return ref;
			}
		}
		return UNDECLARED_STREAMS.get(operationId);
	}

}
