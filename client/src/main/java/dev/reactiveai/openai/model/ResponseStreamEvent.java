// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The response of {@code POST /responses}: Creates a model response.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ResponseStreamEvent.Deserializer.class)
public sealed interface ResponseStreamEvent permits ResponseAudioDeltaEvent, ResponseAudioDoneEvent,
		ResponseAudioTranscriptDeltaEvent, ResponseAudioTranscriptDoneEvent, ResponseCodeInterpreterCallCodeDeltaEvent,
		ResponseCodeInterpreterCallCodeDoneEvent, ResponseCodeInterpreterCallCompletedEvent,
		ResponseCodeInterpreterCallInProgressEvent, ResponseCodeInterpreterCallInterpretingEvent,
		ResponseCompletedEvent, ResponseContentPartAddedEvent, ResponseContentPartDoneEvent, ResponseCreatedEvent,
		ResponseErrorEvent, ResponseFileSearchCallCompletedEvent, ResponseFileSearchCallInProgressEvent,
		ResponseFileSearchCallSearchingEvent, ResponseFunctionCallArgumentsDeltaEvent,
		ResponseFunctionCallArgumentsDoneEvent, ResponseInProgressEvent, ResponseFailedEvent, ResponseIncompleteEvent,
		ResponseOutputItemAddedEvent, ResponseOutputItemDoneEvent, ResponseReasoningSummaryPartAddedEvent,
		ResponseReasoningSummaryPartDoneEvent, ResponseReasoningSummaryTextDeltaEvent,
		ResponseReasoningSummaryTextDoneEvent, ResponseReasoningTextDeltaEvent, ResponseReasoningTextDoneEvent,
		ResponseRefusalDeltaEvent, ResponseRefusalDoneEvent, ResponseTextDeltaEvent, ResponseTextDoneEvent,
		ResponseWebSearchCallCompletedEvent, ResponseWebSearchCallInProgressEvent, ResponseWebSearchCallSearchingEvent,
		ResponseImageGenCallCompletedEvent, ResponseImageGenCallGeneratingEvent, ResponseImageGenCallInProgressEvent,
		ResponseImageGenCallPartialImageEvent, ResponseMCPCallArgumentsDeltaEvent, ResponseMCPCallArgumentsDoneEvent,
		ResponseMCPCallCompletedEvent, ResponseMCPCallFailedEvent, ResponseMCPCallInProgressEvent,
		ResponseMCPListToolsCompletedEvent, ResponseMCPListToolsFailedEvent, ResponseMCPListToolsInProgressEvent,
		ResponseOutputTextAnnotationAddedEvent, ResponseQueuedEvent, ResponseCustomToolCallInputDeltaEvent,
		ResponseCustomToolCallInputDoneEvent, ResponseStreamEvent.Unknown {

	/**
	 * A {@link ResponseStreamEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ResponseStreamEvent {
	}

	/**
	 * Reads a {@link ResponseStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ResponseStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ResponseStreamEvent>variants(Unknown::new)
				.discriminator("type")
				.when("response.audio.delta", ResponseAudioDeltaEvent.class)
				.when("response.audio.done", ResponseAudioDoneEvent.class)
				.when("response.audio.transcript.delta", ResponseAudioTranscriptDeltaEvent.class)
				.when("response.audio.transcript.done", ResponseAudioTranscriptDoneEvent.class)
				.when("response.code_interpreter_call_code.delta", ResponseCodeInterpreterCallCodeDeltaEvent.class)
				.when("response.code_interpreter_call_code.done", ResponseCodeInterpreterCallCodeDoneEvent.class)
				.when("response.code_interpreter_call.completed", ResponseCodeInterpreterCallCompletedEvent.class)
				.when("response.code_interpreter_call.in_progress", ResponseCodeInterpreterCallInProgressEvent.class)
				.when("response.code_interpreter_call.interpreting", ResponseCodeInterpreterCallInterpretingEvent.class)
				.when("response.completed", ResponseCompletedEvent.class)
				.when("response.content_part.added", ResponseContentPartAddedEvent.class)
				.when("response.content_part.done", ResponseContentPartDoneEvent.class)
				.when("response.created", ResponseCreatedEvent.class)
				.when("error", ResponseErrorEvent.class)
				.when("response.file_search_call.completed", ResponseFileSearchCallCompletedEvent.class)
				.when("response.file_search_call.in_progress", ResponseFileSearchCallInProgressEvent.class)
				.when("response.file_search_call.searching", ResponseFileSearchCallSearchingEvent.class)
				.when("response.function_call_arguments.delta", ResponseFunctionCallArgumentsDeltaEvent.class)
				.when("response.function_call_arguments.done", ResponseFunctionCallArgumentsDoneEvent.class)
				.when("response.in_progress", ResponseInProgressEvent.class)
				.when("response.failed", ResponseFailedEvent.class)
				.when("response.incomplete", ResponseIncompleteEvent.class)
				.when("response.output_item.added", ResponseOutputItemAddedEvent.class)
				.when("response.output_item.done", ResponseOutputItemDoneEvent.class)
				.when("response.reasoning_summary_part.added", ResponseReasoningSummaryPartAddedEvent.class)
				.when("response.reasoning_summary_part.done", ResponseReasoningSummaryPartDoneEvent.class)
				.when("response.reasoning_summary_text.delta", ResponseReasoningSummaryTextDeltaEvent.class)
				.when("response.reasoning_summary_text.done", ResponseReasoningSummaryTextDoneEvent.class)
				.when("response.reasoning_text.delta", ResponseReasoningTextDeltaEvent.class)
				.when("response.reasoning_text.done", ResponseReasoningTextDoneEvent.class)
				.when("response.refusal.delta", ResponseRefusalDeltaEvent.class)
				.when("response.refusal.done", ResponseRefusalDoneEvent.class)
				.when("response.output_text.delta", ResponseTextDeltaEvent.class)
				.when("response.output_text.done", ResponseTextDoneEvent.class)
				.when("response.web_search_call.completed", ResponseWebSearchCallCompletedEvent.class)
				.when("response.web_search_call.in_progress", ResponseWebSearchCallInProgressEvent.class)
				.when("response.web_search_call.searching", ResponseWebSearchCallSearchingEvent.class)
				.when("response.image_generation_call.completed", ResponseImageGenCallCompletedEvent.class)
				.when("response.image_generation_call.generating", ResponseImageGenCallGeneratingEvent.class)
				.when("response.image_generation_call.in_progress", ResponseImageGenCallInProgressEvent.class)
				.when("response.image_generation_call.partial_image", ResponseImageGenCallPartialImageEvent.class)
				.when("response.mcp_call_arguments.delta", ResponseMCPCallArgumentsDeltaEvent.class)
				.when("response.mcp_call_arguments.done", ResponseMCPCallArgumentsDoneEvent.class)
				.when("response.mcp_call.completed", ResponseMCPCallCompletedEvent.class)
				.when("response.mcp_call.failed", ResponseMCPCallFailedEvent.class)
				.when("response.mcp_call.in_progress", ResponseMCPCallInProgressEvent.class)
				.when("response.mcp_list_tools.completed", ResponseMCPListToolsCompletedEvent.class)
				.when("response.mcp_list_tools.failed", ResponseMCPListToolsFailedEvent.class)
				.when("response.mcp_list_tools.in_progress", ResponseMCPListToolsInProgressEvent.class)
				.when("response.output_text.annotation.added", ResponseOutputTextAnnotationAddedEvent.class)
				.when("response.queued", ResponseQueuedEvent.class)
				.when("response.custom_tool_call_input.delta", ResponseCustomToolCallInputDeltaEvent.class)
				.when("response.custom_tool_call_input.done", ResponseCustomToolCallInputDoneEvent.class));
		}

	}

}
