// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
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
	record Unknown(@JsonValue JsonNode json) implements RealtimeServerEvent {
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
				.when("conversation.created", RealtimeServerEventConversationCreated.class)
				.when("conversation.item.created", RealtimeServerEventConversationItemCreated.class)
				.when("conversation.item.deleted", RealtimeServerEventConversationItemDeleted.class)
				.when("conversation.item.input_audio_transcription.completed",
						RealtimeServerEventConversationItemInputAudioTranscriptionCompleted.class)
				.when("conversation.item.input_audio_transcription.delta",
						RealtimeServerEventConversationItemInputAudioTranscriptionDelta.class)
				.when("conversation.item.input_audio_transcription.failed",
						RealtimeServerEventConversationItemInputAudioTranscriptionFailed.class)
				.when("conversation.item.retrieved", RealtimeServerEventConversationItemRetrieved.class)
				.when("conversation.item.truncated", RealtimeServerEventConversationItemTruncated.class)
				.when("error", RealtimeServerEventError.class)
				.when("input_audio_buffer.cleared", RealtimeServerEventInputAudioBufferCleared.class)
				.when("input_audio_buffer.committed", RealtimeServerEventInputAudioBufferCommitted.class)
				.when("input_audio_buffer.dtmf_event_received",
						RealtimeServerEventInputAudioBufferDtmfEventReceived.class)
				.when("input_audio_buffer.speech_started", RealtimeServerEventInputAudioBufferSpeechStarted.class)
				.when("input_audio_buffer.speech_stopped", RealtimeServerEventInputAudioBufferSpeechStopped.class)
				.when("rate_limits.updated", RealtimeServerEventRateLimitsUpdated.class)
				.when("response.output_audio.delta", RealtimeServerEventResponseAudioDelta.class)
				.when("response.output_audio.done", RealtimeServerEventResponseAudioDone.class)
				.when("response.output_audio_transcript.delta", RealtimeServerEventResponseAudioTranscriptDelta.class)
				.when("response.output_audio_transcript.done", RealtimeServerEventResponseAudioTranscriptDone.class)
				.when("response.content_part.added", RealtimeServerEventResponseContentPartAdded.class)
				.when("response.content_part.done", RealtimeServerEventResponseContentPartDone.class)
				.when("response.created", RealtimeServerEventResponseCreated.class)
				.when("response.done", RealtimeServerEventResponseDone.class)
				.when("response.function_call_arguments.delta",
						RealtimeServerEventResponseFunctionCallArgumentsDelta.class)
				.when("response.function_call_arguments.done",
						RealtimeServerEventResponseFunctionCallArgumentsDone.class)
				.when("response.output_item.added", RealtimeServerEventResponseOutputItemAdded.class)
				.when("response.output_item.done", RealtimeServerEventResponseOutputItemDone.class)
				.when("response.output_text.delta", RealtimeServerEventResponseTextDelta.class)
				.when("response.output_text.done", RealtimeServerEventResponseTextDone.class)
				.when("session.created", RealtimeServerEventSessionCreated.class)
				.when("session.updated", RealtimeServerEventSessionUpdated.class)
				.when("output_audio_buffer.started", RealtimeServerEventOutputAudioBufferStarted.class)
				.when("output_audio_buffer.stopped", RealtimeServerEventOutputAudioBufferStopped.class)
				.when("output_audio_buffer.cleared", RealtimeServerEventOutputAudioBufferCleared.class)
				.when("conversation.item.added", RealtimeServerEventConversationItemAdded.class)
				.when("conversation.item.done", RealtimeServerEventConversationItemDone.class)
				.when("input_audio_buffer.timeout_triggered", RealtimeServerEventInputAudioBufferTimeoutTriggered.class)
				.when("conversation.item.input_audio_transcription.segment",
						RealtimeServerEventConversationItemInputAudioTranscriptionSegment.class)
				.when("mcp_list_tools.in_progress", RealtimeServerEventMCPListToolsInProgress.class)
				.when("mcp_list_tools.completed", RealtimeServerEventMCPListToolsCompleted.class)
				.when("mcp_list_tools.failed", RealtimeServerEventMCPListToolsFailed.class)
				.when("response.mcp_call_arguments.delta", RealtimeServerEventResponseMCPCallArgumentsDelta.class)
				.when("response.mcp_call_arguments.done", RealtimeServerEventResponseMCPCallArgumentsDone.class)
				.when("response.mcp_call.in_progress", RealtimeServerEventResponseMCPCallInProgress.class)
				.when("response.mcp_call.completed", RealtimeServerEventResponseMCPCallCompleted.class)
				.when("response.mcp_call.failed", RealtimeServerEventResponseMCPCallFailed.class));
		}

	}

}
