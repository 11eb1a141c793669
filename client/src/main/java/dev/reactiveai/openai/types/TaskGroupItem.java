// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Collection of workflow tasks grouped together in the thread.
 *
 * @param id Identifier of the thread item.
 * @param object Type discriminator that is always {@code chatkit.thread_item}.
 * @param createdAt Unix timestamp (in seconds) for when the item was created.
 * @param threadId Identifier of the parent thread.
 * @param type Type discriminator that is always {@code chatkit.task_group}.
 * @param tasks Tasks included in the group.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TaskGroupItem.Reader.class)
public record TaskGroupItem(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("thread_id") String threadId,
		@JsonProperty("type") String type, @JsonProperty("tasks") List<TaskGroupTask> tasks,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ThreadItem {

	/**
	 * Creates a {@link TaskGroupItem}, filling in {@code object} and {@code type} with
	 * their single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Identifier of the thread item.
	 * @param object Type discriminator that is always {@code chatkit.thread_item}.
	 * @param createdAt Unix timestamp (in seconds) for when the item was created.
	 * @param threadId Identifier of the parent thread.
	 * @param type Type discriminator that is always {@code chatkit.task_group}.
	 * @param tasks Tasks included in the group.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TaskGroupItem {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TaskGroupItem}.
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
	 * Builds a {@link TaskGroupItem}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String threadId;

		private @Nullable String type;

		private @Nullable List<TaskGroupTask> tasks;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chatkit.thread_item";
			this.type = "chatkit.task_group";
		}

		private Builder(TaskGroupItem source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.threadId = source.threadId();
			this.type = source.type();
			this.tasks = (source.tasks() != null) ? new ArrayList<>(source.tasks()) : null;
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
		 * Tasks included in the group.
		 * <p>
		 * Takes a copy of the list.
		 * @param tasks the value (required)
		 * @return this builder
		 */
		public Builder tasks(@Nullable List<TaskGroupTask> tasks) {
			this.tasks = (tasks != null) ? new ArrayList<>(tasks) : null;
			return this;
		}

		/**
		 * Tasks included in the group.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param task the item to add
		 * @return this builder
		 */
		public Builder addTask(TaskGroupTask task) {
			Objects.requireNonNull(task, "'task' must not be null");
			if (this.tasks == null) {
				this.tasks = new ArrayList<>();
			}
			this.tasks.add(task);
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
		public TaskGroupItem build() {
			return new TaskGroupItem(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.threadId, "'threadId' is required"), this.type,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tasks, "'tasks' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TaskGroupItem} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TaskGroupItem> {

		Reader() {
			super(TaskGroupItem.class, "id", "object", "created_at", "thread_id", "type", "tasks");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected TaskGroupItem create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new TaskGroupItem((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (List<TaskGroupTask>) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TaskGroupItem} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TaskGroupItem> {

		Writer() {
			super(TaskGroupItem.class, "id", "object", "created_at", "thread_id", "type", "tasks");
		}

		@Override
		protected @Nullable Object value(TaskGroupItem record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.threadId();
				case 4 -> record.type();
				case 5 -> record.tasks();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TaskGroupItem record) {
			return record.additionalProperties();
		}

	}
}
