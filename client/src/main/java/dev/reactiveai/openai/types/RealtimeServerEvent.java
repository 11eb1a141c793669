// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A realtime server event.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RealtimeServerEvent.Deserializer.class)
public sealed interface RealtimeServerEvent
		permits RealtimeServerEventConversationCreated, RealtimeServerEventConversationItemCreated,
		RealtimeServerEventConversationItemDeleted, RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
		RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
		RealtimeServerEventConversationItemInputAudioTranscriptionFailed, RealtimeServerEventConversationItemRetrieved,
		RealtimeServerEventConversationItemTruncated, RealtimeServerEventError,
		RealtimeServerEventInputAudioBufferCleared, RealtimeServerEventInputAudioBufferCommitted,
		RealtimeServerEventInputAudioBufferDtmfEventReceived, RealtimeServerEventInputAudioBufferSpeechStarted,
		RealtimeServerEventInputAudioBufferSpeechStopped, RealtimeServerEventRateLimitsUpdated,
		RealtimeServerEventResponseAudioDelta, RealtimeServerEventResponseAudioDone,
		RealtimeServerEventResponseAudioTranscriptDelta, RealtimeServerEventResponseAudioTranscriptDone,
		RealtimeServerEventResponseContentPartAdded, RealtimeServerEventResponseContentPartDone,
		RealtimeServerEventResponseCreated, RealtimeServerEventResponseDone,
		RealtimeServerEventResponseFunctionCallArgumentsDelta, RealtimeServerEventResponseFunctionCallArgumentsDone,
		RealtimeServerEventResponseOutputItemAdded, RealtimeServerEventResponseOutputItemDone,
		RealtimeServerEventResponseTextDelta, RealtimeServerEventResponseTextDone, RealtimeServerEventSessionCreated,
		RealtimeServerEventSessionUpdated, RealtimeServerEventOutputAudioBufferStarted,
		RealtimeServerEventOutputAudioBufferStopped, RealtimeServerEventOutputAudioBufferCleared,
		RealtimeServerEventConversationItemAdded, RealtimeServerEventConversationItemDone,
		RealtimeServerEventInputAudioBufferTimeoutTriggered,
		RealtimeServerEventConversationItemInputAudioTranscriptionSegment, RealtimeServerEventMCPListToolsInProgress,
		RealtimeServerEventMCPListToolsCompleted, RealtimeServerEventMCPListToolsFailed,
		RealtimeServerEventResponseMCPCallArgumentsDelta, RealtimeServerEventResponseMCPCallArgumentsDone,
		RealtimeServerEventResponseMCPCallInProgress, RealtimeServerEventResponseMCPCallCompleted,
		RealtimeServerEventResponseMCPCallFailed, RealtimeServerEvent.Unknown {

	/**
	 * A {@link RealtimeServerEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RealtimeServerEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link RealtimeServerEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RealtimeServerEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<RealtimeServerEvent>variants(Unknown::new)
				.discriminator("type")
				.object(RealtimeServerEventConversationCreated.class,
						VariantShape.declaring("event_id", "type", "conversation")
							.requiring("event_id", "type", "conversation")
							.values("type", "conversation.created"))
				.object(RealtimeServerEventConversationItemCreated.class,
						VariantShape.declaring("event_id", "type", "previous_item_id", "item")
							.requiring("event_id", "type", "item")
							.values("type", "conversation.item.created"))
				.object(RealtimeServerEventConversationItemDeleted.class,
						VariantShape.declaring("event_id", "type", "item_id")
							.requiring("event_id", "type", "item_id")
							.values("type", "conversation.item.deleted"))
				.object(RealtimeServerEventConversationItemInputAudioTranscriptionCompleted.class, VariantShape
					.declaring("event_id", "type", "item_id", "content_index", "transcript", "logprobs", "usage")
					.requiring("event_id", "type", "item_id", "content_index", "transcript", "usage")
					.values("type", "conversation.item.input_audio_transcription.completed"))
				.object(RealtimeServerEventConversationItemInputAudioTranscriptionDelta.class,
						VariantShape.declaring("event_id", "type", "item_id", "content_index", "delta", "logprobs")
							.requiring("event_id", "type", "item_id")
							.values("type", "conversation.item.input_audio_transcription.delta"))
				.object(RealtimeServerEventConversationItemInputAudioTranscriptionFailed.class,
						VariantShape.declaring("event_id", "type", "item_id", "content_index", "error")
							.requiring("event_id", "type", "item_id", "content_index", "error")
							.values("type", "conversation.item.input_audio_transcription.failed"))
				.object(RealtimeServerEventConversationItemRetrieved.class,
						VariantShape.declaring("event_id", "type", "item")
							.requiring("event_id", "type", "item")
							.values("type", "conversation.item.retrieved"))
				.object(RealtimeServerEventConversationItemTruncated.class,
						VariantShape.declaring("event_id", "type", "item_id", "content_index", "audio_end_ms")
							.requiring("event_id", "type", "item_id", "content_index", "audio_end_ms")
							.values("type", "conversation.item.truncated"))
				.object(RealtimeServerEventError.class,
						VariantShape.declaring("event_id", "type", "error")
							.requiring("event_id", "type", "error")
							.values("type", "error"))
				.object(RealtimeServerEventInputAudioBufferCleared.class,
						VariantShape.declaring("event_id", "type")
							.requiring("event_id", "type")
							.values("type", "input_audio_buffer.cleared"))
				.object(RealtimeServerEventInputAudioBufferCommitted.class,
						VariantShape.declaring("event_id", "type", "previous_item_id", "item_id")
							.requiring("event_id", "type", "item_id")
							.values("type", "input_audio_buffer.committed"))
				.object(RealtimeServerEventInputAudioBufferDtmfEventReceived.class,
						VariantShape.declaring("type", "event", "received_at")
							.requiring("type", "event", "received_at")
							.values("type", "input_audio_buffer.dtmf_event_received"))
				.object(RealtimeServerEventInputAudioBufferSpeechStarted.class,
						VariantShape.declaring("event_id", "type", "audio_start_ms", "item_id")
							.requiring("event_id", "type", "audio_start_ms", "item_id")
							.values("type", "input_audio_buffer.speech_started"))
				.object(RealtimeServerEventInputAudioBufferSpeechStopped.class,
						VariantShape.declaring("event_id", "type", "audio_end_ms", "item_id")
							.requiring("event_id", "type", "audio_end_ms", "item_id")
							.values("type", "input_audio_buffer.speech_stopped"))
				.object(RealtimeServerEventRateLimitsUpdated.class,
						VariantShape.declaring("event_id", "type", "rate_limits")
							.requiring("event_id", "type", "rate_limits")
							.values("type", "rate_limits.updated"))
				.object(RealtimeServerEventResponseAudioDelta.class, VariantShape
					.declaring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta")
					.requiring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta")
					.values("type", "response.output_audio.delta"))
				.object(RealtimeServerEventResponseAudioDone.class,
						VariantShape
							.declaring("event_id", "type", "response_id", "item_id", "output_index", "content_index")
							.requiring("event_id", "type", "response_id", "item_id", "output_index", "content_index")
							.values("type", "response.output_audio.done"))
				.object(RealtimeServerEventResponseAudioTranscriptDelta.class, VariantShape
					.declaring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta")
					.requiring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta")
					.values("type", "response.output_audio_transcript.delta"))
				.object(RealtimeServerEventResponseAudioTranscriptDone.class,
						VariantShape
							.declaring("event_id", "type", "response_id", "item_id", "output_index", "content_index",
									"transcript")
							.requiring("event_id", "type", "response_id", "item_id", "output_index", "content_index",
									"transcript")
							.values("type", "response.output_audio_transcript.done"))
				.object(RealtimeServerEventResponseContentPartAdded.class, VariantShape
					.declaring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "part")
					.requiring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "part")
					.values("type", "response.content_part.added"))
				.object(RealtimeServerEventResponseContentPartDone.class, VariantShape
					.declaring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "part")
					.requiring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "part")
					.values("type", "response.content_part.done"))
				.object(RealtimeServerEventResponseCreated.class,
						VariantShape.declaring("event_id", "type", "response")
							.requiring("event_id", "type", "response")
							.values("type", "response.created"))
				.object(RealtimeServerEventResponseDone.class,
						VariantShape.declaring("event_id", "type", "response")
							.requiring("event_id", "type", "response")
							.values("type", "response.done"))
				.object(RealtimeServerEventResponseFunctionCallArgumentsDelta.class,
						VariantShape
							.declaring("event_id", "type", "response_id", "item_id", "output_index", "call_id", "delta")
							.requiring("event_id", "type", "response_id", "item_id", "output_index", "call_id", "delta")
							.values("type", "response.function_call_arguments.delta"))
				.object(RealtimeServerEventResponseFunctionCallArgumentsDone.class,
						VariantShape
							.declaring("event_id", "type", "response_id", "item_id", "output_index", "call_id", "name",
									"arguments")
							.requiring("event_id", "type", "response_id", "item_id", "output_index", "call_id", "name",
									"arguments")
							.values("type", "response.function_call_arguments.done"))
				.object(RealtimeServerEventResponseOutputItemAdded.class,
						VariantShape.declaring("event_id", "type", "response_id", "output_index", "item")
							.requiring("event_id", "type", "response_id", "output_index", "item")
							.values("type", "response.output_item.added"))
				.object(RealtimeServerEventResponseOutputItemDone.class,
						VariantShape.declaring("event_id", "type", "response_id", "output_index", "item")
							.requiring("event_id", "type", "response_id", "output_index", "item")
							.values("type", "response.output_item.done"))
				.object(RealtimeServerEventResponseTextDelta.class, VariantShape
					.declaring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta")
					.requiring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "delta")
					.values("type", "response.output_text.delta"))
				.object(RealtimeServerEventResponseTextDone.class, VariantShape
					.declaring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "text")
					.requiring("event_id", "type", "response_id", "item_id", "output_index", "content_index", "text")
					.values("type", "response.output_text.done"))
				.object(RealtimeServerEventSessionCreated.class,
						VariantShape.declaring("event_id", "type", "session")
							.requiring("event_id", "type", "session")
							.values("type", "session.created"))
				.object(RealtimeServerEventSessionUpdated.class,
						VariantShape.declaring("event_id", "type", "session")
							.requiring("event_id", "type", "session")
							.values("type", "session.updated"))
				.object(RealtimeServerEventOutputAudioBufferStarted.class,
						VariantShape.declaring("event_id", "type", "response_id")
							.requiring("event_id", "type", "response_id")
							.values("type", "output_audio_buffer.started"))
				.object(RealtimeServerEventOutputAudioBufferStopped.class,
						VariantShape.declaring("event_id", "type", "response_id")
							.requiring("event_id", "type", "response_id")
							.values("type", "output_audio_buffer.stopped"))
				.object(RealtimeServerEventOutputAudioBufferCleared.class,
						VariantShape.declaring("event_id", "type", "response_id")
							.requiring("event_id", "type", "response_id")
							.values("type", "output_audio_buffer.cleared"))
				.object(RealtimeServerEventConversationItemAdded.class,
						VariantShape.declaring("event_id", "type", "previous_item_id", "item")
							.requiring("event_id", "type", "item")
							.values("type", "conversation.item.added"))
				.object(RealtimeServerEventConversationItemDone.class,
						VariantShape.declaring("event_id", "type", "previous_item_id", "item")
							.requiring("event_id", "type", "item")
							.values("type", "conversation.item.done"))
				.object(RealtimeServerEventInputAudioBufferTimeoutTriggered.class,
						VariantShape.declaring("event_id", "type", "audio_start_ms", "audio_end_ms", "item_id")
							.requiring("event_id", "type", "audio_start_ms", "audio_end_ms", "item_id")
							.values("type", "input_audio_buffer.timeout_triggered"))
				.object(RealtimeServerEventConversationItemInputAudioTranscriptionSegment.class, VariantShape
					.declaring("event_id", "type", "item_id", "content_index", "text", "id", "speaker", "start", "end")
					.requiring("event_id", "type", "item_id", "content_index", "text", "id", "speaker", "start", "end")
					.values("type", "conversation.item.input_audio_transcription.segment"))
				.object(RealtimeServerEventMCPListToolsInProgress.class,
						VariantShape.declaring("event_id", "type", "item_id")
							.requiring("event_id", "type", "item_id")
							.values("type", "mcp_list_tools.in_progress"))
				.object(RealtimeServerEventMCPListToolsCompleted.class,
						VariantShape.declaring("event_id", "type", "item_id")
							.requiring("event_id", "type", "item_id")
							.values("type", "mcp_list_tools.completed"))
				.object(RealtimeServerEventMCPListToolsFailed.class,
						VariantShape.declaring("event_id", "type", "item_id")
							.requiring("event_id", "type", "item_id")
							.values("type", "mcp_list_tools.failed"))
				.object(RealtimeServerEventResponseMCPCallArgumentsDelta.class, VariantShape
					.declaring("event_id", "type", "response_id", "item_id", "output_index", "delta", "obfuscation")
					.requiring("event_id", "type", "response_id", "item_id", "output_index", "delta")
					.values("type", "response.mcp_call_arguments.delta"))
				.object(RealtimeServerEventResponseMCPCallArgumentsDone.class,
						VariantShape
							.declaring("event_id", "type", "response_id", "item_id", "output_index", "arguments")
							.requiring("event_id", "type", "response_id", "item_id", "output_index", "arguments")
							.values("type", "response.mcp_call_arguments.done"))
				.object(RealtimeServerEventResponseMCPCallInProgress.class,
						VariantShape.declaring("event_id", "type", "output_index", "item_id")
							.requiring("event_id", "type", "output_index", "item_id")
							.values("type", "response.mcp_call.in_progress"))
				.object(RealtimeServerEventResponseMCPCallCompleted.class,
						VariantShape.declaring("event_id", "type", "output_index", "item_id")
							.requiring("event_id", "type", "output_index", "item_id")
							.values("type", "response.mcp_call.completed"))
				.object(RealtimeServerEventResponseMCPCallFailed.class,
						VariantShape.declaring("event_id", "type", "output_index", "item_id")
							.requiring("event_id", "type", "output_index", "item_id")
							.values("type", "response.mcp_call.failed")));
		}

	}

}
