// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A realtime client event.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = RealtimeClientEvent.Deserializer.class)
public sealed interface RealtimeClientEvent permits RealtimeClientEventConversationItemCreate,
		RealtimeClientEventConversationItemDelete, RealtimeClientEventConversationItemRetrieve,
		RealtimeClientEventConversationItemTruncate, RealtimeClientEventInputAudioBufferAppend,
		RealtimeClientEventInputAudioBufferClear, RealtimeClientEventOutputAudioBufferClear,
		RealtimeClientEventInputAudioBufferCommit, RealtimeClientEventResponseCancel, RealtimeClientEventResponseCreate,
		RealtimeClientEventSessionUpdate, RealtimeClientEvent.Unknown {

	/**
	 * A {@link RealtimeClientEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements RealtimeClientEvent {
	}

	/**
	 * Reads a {@link RealtimeClientEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<RealtimeClientEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<RealtimeClientEvent>variants(Unknown::new)
				.discriminator("type")
				.when("conversation.item.create", RealtimeClientEventConversationItemCreate.class)
				.when("conversation.item.delete", RealtimeClientEventConversationItemDelete.class)
				.when("conversation.item.retrieve", RealtimeClientEventConversationItemRetrieve.class)
				.when("conversation.item.truncate", RealtimeClientEventConversationItemTruncate.class)
				.when("input_audio_buffer.append", RealtimeClientEventInputAudioBufferAppend.class)
				.when("input_audio_buffer.clear", RealtimeClientEventInputAudioBufferClear.class)
				.when("output_audio_buffer.clear", RealtimeClientEventOutputAudioBufferClear.class)
				.when("input_audio_buffer.commit", RealtimeClientEventInputAudioBufferCommit.class)
				.when("response.cancel", RealtimeClientEventResponseCancel.class)
				.when("response.create", RealtimeClientEventResponseCreate.class)
				.when("session.update", RealtimeClientEventSessionUpdate.class));
		}

	}

}
