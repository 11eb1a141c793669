// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The thread item
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ThreadItem.Deserializer.class)
public sealed interface ThreadItem permits UserMessageItem, AssistantMessageItem, WidgetMessageItem, ClientToolCallItem,
		TaskItem, TaskGroupItem, ThreadItem.Unknown {

	/**
	 * A {@link ThreadItem} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ThreadItem {
	}

	/**
	 * Reads a {@link ThreadItem} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ThreadItem> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ThreadItem>variants(Unknown::new)
				.discriminator("type")
				.when("chatkit.user_message", UserMessageItem.class)
				.when("chatkit.assistant_message", AssistantMessageItem.class)
				.when("chatkit.widget", WidgetMessageItem.class)
				.when("chatkit.client_tool_call", ClientToolCallItem.class)
				.when("chatkit.task", TaskItem.class)
				.when("chatkit.task_group", TaskGroupItem.class));
		}

	}

}
