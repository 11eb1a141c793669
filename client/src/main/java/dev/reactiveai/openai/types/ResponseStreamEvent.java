// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements ResponseStreamEvent, UnknownVariant {
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
				.object(ResponseAudioDeltaEvent.class,
						VariantShape.declaring("type", "sequence_number", "delta")
							.requiring("type", "delta", "sequence_number")
							.values("type", "response.audio.delta"))
				.object(ResponseAudioDoneEvent.class,
						VariantShape.declaring("type", "sequence_number")
							.requiring("type", "sequence_number", "response_id")
							.values("type", "response.audio.done"))
				.object(ResponseAudioTranscriptDeltaEvent.class,
						VariantShape.declaring("type", "delta", "sequence_number")
							.requiring("type", "response_id", "delta", "sequence_number")
							.values("type", "response.audio.transcript.delta"))
				.object(ResponseAudioTranscriptDoneEvent.class,
						VariantShape.declaring("type", "sequence_number")
							.requiring("type", "response_id", "sequence_number")
							.values("type", "response.audio.transcript.done"))
				.object(ResponseCodeInterpreterCallCodeDeltaEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "delta", "sequence_number")
							.requiring("type", "output_index", "item_id", "delta", "sequence_number")
							.values("type", "response.code_interpreter_call_code.delta"))
				.object(ResponseCodeInterpreterCallCodeDoneEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "code", "sequence_number")
							.requiring("type", "output_index", "item_id", "code", "sequence_number")
							.values("type", "response.code_interpreter_call_code.done"))
				.object(ResponseCodeInterpreterCallCompletedEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.code_interpreter_call.completed"))
				.object(ResponseCodeInterpreterCallInProgressEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.code_interpreter_call.in_progress"))
				.object(ResponseCodeInterpreterCallInterpretingEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.code_interpreter_call.interpreting"))
				.object(ResponseCompletedEvent.class,
						VariantShape.declaring("type", "response", "sequence_number")
							.requiring("type", "response", "sequence_number")
							.values("type", "response.completed"))
				.object(ResponseContentPartAddedEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "part", "sequence_number")
							.requiring("type", "item_id", "output_index", "content_index", "part", "sequence_number")
							.values("type", "response.content_part.added"))
				.object(ResponseContentPartDoneEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "sequence_number", "part")
							.requiring("type", "item_id", "output_index", "content_index", "part", "sequence_number")
							.values("type", "response.content_part.done"))
				.object(ResponseCreatedEvent.class,
						VariantShape.declaring("type", "response", "sequence_number")
							.requiring("type", "response", "sequence_number")
							.values("type", "response.created"))
				.object(ResponseErrorEvent.class,
						VariantShape.declaring("type", "code", "message", "param", "sequence_number")
							.requiring("type", "code", "message", "param", "sequence_number")
							.values("type", "error"))
				.object(ResponseFileSearchCallCompletedEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.file_search_call.completed"))
				.object(ResponseFileSearchCallInProgressEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.file_search_call.in_progress"))
				.object(ResponseFileSearchCallSearchingEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.file_search_call.searching"))
				.object(ResponseFunctionCallArgumentsDeltaEvent.class,
						VariantShape.declaring("type", "item_id", "output_index", "sequence_number", "delta")
							.requiring("type", "item_id", "output_index", "delta", "sequence_number")
							.values("type", "response.function_call_arguments.delta"))
				.object(ResponseFunctionCallArgumentsDoneEvent.class,
						VariantShape
							.declaring("type", "item_id", "name", "output_index", "sequence_number", "arguments")
							.requiring("type", "item_id", "name", "output_index", "arguments", "sequence_number")
							.values("type", "response.function_call_arguments.done"))
				.object(ResponseInProgressEvent.class,
						VariantShape.declaring("type", "response", "sequence_number")
							.requiring("type", "response", "sequence_number")
							.values("type", "response.in_progress"))
				.object(ResponseFailedEvent.class,
						VariantShape.declaring("type", "sequence_number", "response")
							.requiring("type", "response", "sequence_number")
							.values("type", "response.failed"))
				.object(ResponseIncompleteEvent.class,
						VariantShape.declaring("type", "response", "sequence_number")
							.requiring("type", "response", "sequence_number")
							.values("type", "response.incomplete"))
				.object(ResponseOutputItemAddedEvent.class,
						VariantShape.declaring("type", "output_index", "sequence_number", "item")
							.requiring("type", "output_index", "item", "sequence_number")
							.values("type", "response.output_item.added"))
				.object(ResponseOutputItemDoneEvent.class,
						VariantShape.declaring("type", "output_index", "sequence_number", "item")
							.requiring("type", "output_index", "item", "sequence_number")
							.values("type", "response.output_item.done"))
				.object(ResponseReasoningSummaryPartAddedEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "summary_index", "sequence_number", "part")
							.requiring("type", "item_id", "output_index", "summary_index", "part", "sequence_number")
							.values("type", "response.reasoning_summary_part.added"))
				.object(ResponseReasoningSummaryPartDoneEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "summary_index", "sequence_number", "part")
							.requiring("type", "item_id", "output_index", "summary_index", "part", "sequence_number")
							.values("type", "response.reasoning_summary_part.done"))
				.object(ResponseReasoningSummaryTextDeltaEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "summary_index", "delta", "sequence_number")
							.requiring("type", "item_id", "output_index", "summary_index", "delta", "sequence_number")
							.values("type", "response.reasoning_summary_text.delta"))
				.object(ResponseReasoningSummaryTextDoneEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "summary_index", "text", "sequence_number")
							.requiring("type", "item_id", "output_index", "summary_index", "text", "sequence_number")
							.values("type", "response.reasoning_summary_text.done"))
				.object(ResponseReasoningTextDeltaEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "delta", "sequence_number")
							.requiring("type", "item_id", "output_index", "content_index", "delta", "sequence_number")
							.values("type", "response.reasoning_text.delta"))
				.object(ResponseReasoningTextDoneEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "text", "sequence_number")
							.requiring("type", "item_id", "output_index", "content_index", "text", "sequence_number")
							.values("type", "response.reasoning_text.done"))
				.object(ResponseRefusalDeltaEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "delta", "sequence_number")
							.requiring("type", "item_id", "output_index", "content_index", "delta", "sequence_number")
							.values("type", "response.refusal.delta"))
				.object(ResponseRefusalDoneEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "refusal", "sequence_number")
							.requiring("type", "item_id", "output_index", "content_index", "refusal", "sequence_number")
							.values("type", "response.refusal.done"))
				.object(ResponseTextDeltaEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "delta", "sequence_number",
									"logprobs")
							.requiring("type", "item_id", "output_index", "content_index", "delta", "sequence_number",
									"logprobs")
							.values("type", "response.output_text.delta"))
				.object(ResponseTextDoneEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "text", "sequence_number",
									"logprobs")
							.requiring("type", "item_id", "output_index", "content_index", "text", "sequence_number",
									"logprobs")
							.values("type", "response.output_text.done"))
				.object(ResponseWebSearchCallCompletedEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.web_search_call.completed"))
				.object(ResponseWebSearchCallInProgressEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.web_search_call.in_progress"))
				.object(ResponseWebSearchCallSearchingEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.web_search_call.searching"))
				.object(ResponseImageGenCallCompletedEvent.class,
						VariantShape.declaring("type", "output_index", "sequence_number", "item_id")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.image_generation_call.completed"))
				.object(ResponseImageGenCallGeneratingEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.image_generation_call.generating"))
				.object(ResponseImageGenCallInProgressEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "sequence_number")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.image_generation_call.in_progress"))
				.object(ResponseImageGenCallPartialImageEvent.class,
						VariantShape
							.declaring("type", "output_index", "item_id", "sequence_number", "partial_image_index",
									"partial_image_b64")
							.requiring("type", "output_index", "item_id", "sequence_number", "partial_image_index",
									"partial_image_b64")
							.values("type", "response.image_generation_call.partial_image"))
				.object(ResponseMCPCallArgumentsDeltaEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "delta", "sequence_number")
							.requiring("type", "output_index", "item_id", "delta", "sequence_number")
							.values("type", "response.mcp_call_arguments.delta"))
				.object(ResponseMCPCallArgumentsDoneEvent.class,
						VariantShape.declaring("type", "output_index", "item_id", "arguments", "sequence_number")
							.requiring("type", "output_index", "item_id", "arguments", "sequence_number")
							.values("type", "response.mcp_call_arguments.done"))
				.object(ResponseMCPCallCompletedEvent.class,
						VariantShape.declaring("type", "item_id", "output_index", "sequence_number")
							.requiring("type", "item_id", "output_index", "sequence_number")
							.values("type", "response.mcp_call.completed"))
				.object(ResponseMCPCallFailedEvent.class,
						VariantShape.declaring("type", "item_id", "output_index", "sequence_number")
							.requiring("type", "item_id", "output_index", "sequence_number")
							.values("type", "response.mcp_call.failed"))
				.object(ResponseMCPCallInProgressEvent.class,
						VariantShape.declaring("type", "sequence_number", "output_index", "item_id")
							.requiring("type", "output_index", "item_id", "sequence_number")
							.values("type", "response.mcp_call.in_progress"))
				.object(ResponseMCPListToolsCompletedEvent.class,
						VariantShape.declaring("type", "item_id", "output_index", "sequence_number")
							.requiring("type", "item_id", "output_index", "sequence_number")
							.values("type", "response.mcp_list_tools.completed"))
				.object(ResponseMCPListToolsFailedEvent.class,
						VariantShape.declaring("type", "item_id", "output_index", "sequence_number")
							.requiring("type", "item_id", "output_index", "sequence_number")
							.values("type", "response.mcp_list_tools.failed"))
				.object(ResponseMCPListToolsInProgressEvent.class,
						VariantShape.declaring("type", "item_id", "output_index", "sequence_number")
							.requiring("type", "item_id", "output_index", "sequence_number")
							.values("type", "response.mcp_list_tools.in_progress"))
				.object(ResponseOutputTextAnnotationAddedEvent.class,
						VariantShape
							.declaring("type", "item_id", "output_index", "content_index", "annotation_index",
									"sequence_number", "annotation")
							.requiring("type", "item_id", "output_index", "content_index", "annotation_index",
									"annotation", "sequence_number")
							.values("type", "response.output_text.annotation.added"))
				.object(ResponseQueuedEvent.class,
						VariantShape.declaring("type", "response", "sequence_number")
							.requiring("type", "response", "sequence_number")
							.values("type", "response.queued"))
				.object(ResponseCustomToolCallInputDeltaEvent.class,
						VariantShape.declaring("type", "sequence_number", "output_index", "item_id", "delta")
							.requiring("type", "output_index", "item_id", "delta", "sequence_number")
							.values("type", "response.custom_tool_call_input.delta"))
				.object(ResponseCustomToolCallInputDoneEvent.class,
						VariantShape.declaring("type", "sequence_number", "output_index", "item_id", "input")
							.requiring("type", "output_index", "item_id", "input", "sequence_number")
							.values("type", "response.custom_tool_call_input.done")));
		}

	}

}
