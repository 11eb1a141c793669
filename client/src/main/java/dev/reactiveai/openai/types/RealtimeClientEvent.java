// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements RealtimeClientEvent, UnknownVariant {
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
				.object(RealtimeClientEventConversationItemCreate.class,
						VariantShape.declaring("event_id", "type", "previous_item_id", "item")
							.requiring("type", "item")
							.values("type", "conversation.item.create"))
				.object(RealtimeClientEventConversationItemDelete.class,
						VariantShape.declaring("event_id", "type", "item_id")
							.requiring("type", "item_id")
							.values("type", "conversation.item.delete"))
				.object(RealtimeClientEventConversationItemRetrieve.class,
						VariantShape.declaring("event_id", "type", "item_id")
							.requiring("type", "item_id")
							.values("type", "conversation.item.retrieve"))
				.object(RealtimeClientEventConversationItemTruncate.class,
						VariantShape.declaring("event_id", "type", "item_id", "content_index", "audio_end_ms")
							.requiring("type", "item_id", "content_index", "audio_end_ms")
							.values("type", "conversation.item.truncate"))
				.object(RealtimeClientEventInputAudioBufferAppend.class,
						VariantShape.declaring("event_id", "type", "audio")
							.requiring("type", "audio")
							.values("type", "input_audio_buffer.append"))
				.object(RealtimeClientEventInputAudioBufferClear.class,
						VariantShape.declaring("event_id", "type")
							.requiring("type")
							.values("type", "input_audio_buffer.clear"))
				.object(RealtimeClientEventOutputAudioBufferClear.class,
						VariantShape.declaring("event_id", "type")
							.requiring("type")
							.values("type", "output_audio_buffer.clear"))
				.object(RealtimeClientEventInputAudioBufferCommit.class,
						VariantShape.declaring("event_id", "type")
							.requiring("type")
							.values("type", "input_audio_buffer.commit"))
				.object(RealtimeClientEventResponseCancel.class,
						VariantShape.declaring("event_id", "type", "response_id")
							.requiring("type")
							.values("type", "response.cancel"))
				.object(RealtimeClientEventResponseCreate.class,
						VariantShape.declaring("event_id", "type", "response")
							.requiring("type")
							.values("type", "response.create"))
				.object(RealtimeClientEventSessionUpdate.class,
						VariantShape.declaring("event_id", "type", "session")
							.requiring("type", "session")
							.values("type", "session.update")));
		}

	}

}
