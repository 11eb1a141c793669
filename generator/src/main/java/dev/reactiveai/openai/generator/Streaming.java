package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which operations can answer with server-sent events, what the events are, and how a
 * call asks for them.
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
	 * How a call asks for a stream.
	 *
	 * @param eventComponent the component schema of the events
	 * @param enveloped whether the events are named by the SSE {@code event:} line
	 * @param body the streaming request's body, from the caller's {@code request}, or
	 * null when the call sends none
	 * @param streamQuery whether the call asks with the {@code stream=true} query
	 * parameter
	 */
	record Stream(String eventComponent, boolean enveloped, @Nullable CodeBlock body, boolean streamQuery) {

	}

	private final Schemas schemas;

	private final ModelGenerator models;

	Streaming(Schemas schemas, ModelGenerator models) {
		this.schemas = schemas;
		this.models = models;
	}

	/**
	 * How the operation streams, or null when it does not.
	 * @param operation the operation
	 * @param body the type of its request body, or null
	 * @param queryNames its query parameters
	 * @return how to ask for the stream, or null
	 */
	@Nullable Stream stream(Operation operation, @Nullable TypeName body, List<String> queryNames) {
		String events = eventComponent(operation);
		if (events == null) {
			return null;
		}
		boolean enveloped = ENVELOPED_EVENTS.contains(events);
		if (body != null && hasProperty(body, "stream")) {
			return new Stream(events, enveloped, CodeBlock.of("request.toBuilder().stream(true).build()"), false);
		}
		if (body != null && hasProperty(body, "stream_format")) {
			return new Stream(events, enveloped,
					CodeBlock.of("request.toBuilder().additionalProperty($S, $S).build()", "stream_format", "sse"),
					false);
		}
		if (queryNames.contains("stream")) {
			return new Stream(events, enveloped, (body != null) ? CodeBlock.of("request") : null, true);
		}
		return null;
	}

	private @Nullable String eventComponent(Operation operation) {
		for (Map.Entry<String, JsonNode> status : operation.node().path("responses").properties()) {
			JsonNode stream = status.getValue().path("content").path("text/event-stream").path("schema");
			String ref = Schemas.refName(stream);
			if (ref != null) {
				return ref;
			}
		}
		return UNDECLARED_STREAMS.get(operation.id());
	}

	private boolean hasProperty(TypeName type, String property) {
		JsonNode component = this.models.componentSchema(type);
		return component != null && this.schemas.properties(component).containsKey(property);
	}

}
