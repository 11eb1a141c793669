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
 * Task entry that appears within a TaskGroup.
 *
 * @param type Subtype for the grouped task.
 * @param heading Optional heading for the grouped task. Defaults to null when not
 * provided.
 * @param summary Optional summary that describes the grouped task. Defaults to null when
 * omitted.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TaskGroupTask.Reader.class)
public record TaskGroupTask(@JsonProperty("type") TaskType type, @JsonProperty("heading") @Nullable String heading,
		@JsonProperty("summary") @Nullable String summary,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link TaskGroupTask}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Subtype for the grouped task.
	 * @param heading Optional heading for the grouped task.
	 * @param summary Optional summary that describes the grouped task.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TaskGroupTask {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TaskGroupTask}.
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
	 * Builds a {@link TaskGroupTask}.
	 */
	public static final class Builder {

		private @Nullable TaskType type;

		private @Nullable String heading;

		private @Nullable String summary;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(TaskGroupTask source) {
			this.type = source.type();
			this.heading = source.heading();
			this.summary = source.summary();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Subtype for the grouped task.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable TaskType type) {
			this.type = type;
			return this;
		}

		/**
		 * Subtype for the grouped task.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(TaskType.of(value));
		}

		/**
		 * Optional heading for the grouped task.
		 * @param heading the value
		 * @return this builder
		 */
		public Builder heading(@Nullable String heading) {
			this.heading = heading;
			return this;
		}

		/**
		 * Optional summary that describes the grouped task.
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
		public TaskGroupTask build() {
			return new TaskGroupTask(Objects.requireNonNull(this.type, "'type' is required"), this.heading,
					this.summary, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TaskGroupTask} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TaskGroupTask> {

		Reader() {
			super(TaskGroupTask.class, "type", "heading", "summary");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> TaskType.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected TaskGroupTask create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new TaskGroupTask((TaskType) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link TaskGroupTask} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TaskGroupTask> {

		Writer() {
			super(TaskGroupTask.class, "type", "heading", "summary");
		}

		@Override
		protected @Nullable Object value(TaskGroupTask record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.heading();
				case 2 -> record.summary();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TaskGroupTask record) {
			return record.additionalProperties();
		}

	}
}
