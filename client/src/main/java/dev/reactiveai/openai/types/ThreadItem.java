// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
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
	record Unknown(@JsonValue JsonNode json) implements ThreadItem, UnknownVariant {
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
				.object(UserMessageItem.class,
						VariantShape
							.declaring("id", "object", "created_at", "thread_id", "type", "content", "attachments",
									"inference_options")
							.requiring("id", "object", "created_at", "thread_id", "type", "content", "attachments",
									"inference_options")
							.values("type", "chatkit.user_message"))
				.object(AssistantMessageItem.class,
						VariantShape.declaring("id", "object", "created_at", "thread_id", "type", "content")
							.requiring("id", "object", "created_at", "thread_id", "type", "content")
							.values("type", "chatkit.assistant_message"))
				.object(WidgetMessageItem.class,
						VariantShape.declaring("id", "object", "created_at", "thread_id", "type", "widget")
							.requiring("id", "object", "created_at", "thread_id", "type", "widget")
							.values("type", "chatkit.widget"))
				.object(ClientToolCallItem.class,
						VariantShape
							.declaring("id", "object", "created_at", "thread_id", "type", "status", "call_id", "name",
									"arguments", "output")
							.requiring("id", "object", "created_at", "thread_id", "type", "status", "call_id", "name",
									"arguments", "output")
							.values("type", "chatkit.client_tool_call")
							.values("status", "in_progress", "completed"))
				.object(TaskItem.class, VariantShape
					.declaring("id", "object", "created_at", "thread_id", "type", "task_type", "heading", "summary")
					.requiring("id", "object", "created_at", "thread_id", "type", "task_type", "heading", "summary")
					.values("type", "chatkit.task")
					.values("task_type", "custom", "thought"))
				.object(TaskGroupItem.class,
						VariantShape.declaring("id", "object", "created_at", "thread_id", "type", "tasks")
							.requiring("id", "object", "created_at", "thread_id", "type", "tasks")
							.values("type", "chatkit.task_group")));
		}

	}

}
