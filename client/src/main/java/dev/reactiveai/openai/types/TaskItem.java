// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Task emitted by the workflow to show progress and status updates.
 *
 * @param id Identifier of the thread item.
 * @param object Type discriminator that is always {@code chatkit.thread_item}.
 * @param createdAt Unix timestamp (in seconds) for when the item was created.
 * @param threadId Identifier of the parent thread.
 * @param type Type discriminator that is always {@code chatkit.task}.
 * @param taskType Subtype for the task.
 * @param heading Optional heading for the task. Defaults to null when not provided.
 * @param summary Optional summary that describes the task. Defaults to null when omitted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TaskItem.Reader.class)
public record TaskItem(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("type") String type, @JsonProperty("task_type") TaskType taskType,
		@JsonProperty("heading") @Nullable String heading, @JsonProperty("summary") @Nullable String summary,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ThreadItem {

	/**
	 * Creates a {@link TaskItem}, filling in {@code object} and {@code type} with their
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Identifier of the thread item.
	 * @param object Type discriminator that is always {@code chatkit.thread_item}.
	 * @param createdAt Unix timestamp (in seconds) for when the item was created.
	 * @param threadId Identifier of the parent thread.
	 * @param type Type discriminator that is always {@code chatkit.task}.
	 * @param taskType Subtype for the task.
	 * @param heading Optional heading for the task.
	 * @param summary Optional summary that describes the task.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TaskItem {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TaskItem}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link TaskItem}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String threadId;

		private @Nullable String type;

		private @Nullable TaskType taskType;

		private @Nullable String heading;

		private @Nullable String summary;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chatkit.thread_item";
			this.type = "chatkit.task";
		}

		private Builder(TaskItem source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.threadId = source.threadId();
			this.type = source.type();
			this.taskType = source.taskType();
			this.heading = source.heading();
			this.summary = source.summary();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the thread item.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) for when the item was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Identifier of the parent thread.
		 * @param threadId the value (required)
		 * @return this builder
		 */
		public Builder threadId(@Nullable String threadId) {
			this.threadId = threadId;
			return this;
		}

		/**
		 * Subtype for the task.
		 * @param taskType the value (required)
		 * @return this builder
		 */
		public Builder taskType(@Nullable TaskType taskType) {
			this.taskType = taskType;
			return this;
		}

		/**
		 * Subtype for the task.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder taskType(String value) {
			return taskType(TaskType.of(value));
		}

		/**
		 * Optional heading for the task.
		 * @param heading the value
		 * @return this builder
		 */
		public Builder heading(@Nullable String heading) {
			this.heading = heading;
			return this;
		}

		/**
		 * Optional summary that describes the task.
		 * @param summary the value
		 * @return this builder
		 */
		public Builder summary(@Nullable String summary) {
			this.summary = summary;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public TaskItem build() {
			return new TaskItem(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.threadId, "'threadId' is required"), this.type,
					Objects.requireNonNull(this.taskType, "'taskType' is required"), this.heading, this.summary,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TaskItem} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TaskItem> {

		Reader() {
			super(TaskItem.class, "id", "object", "created_at", "thread_id", "type", "task_type", "heading", "summary");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 5 -> TaskType.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected TaskItem create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new TaskItem((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (TaskType) values[5], (String) values[6], (String) values[7],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link TaskItem} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TaskItem> {

		Writer() {
			super(TaskItem.class, "id", "object", "created_at", "thread_id", "type", "task_type", "heading", "summary");
		}

		@Override
		protected @Nullable Object value(TaskItem record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.threadId();
				case 4 -> record.type();
				case 5 -> record.taskType();
				case 6 -> record.heading();
				case 7 -> record.summary();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TaskItem record) {
			return record.additionalProperties();
		}

	}
}
