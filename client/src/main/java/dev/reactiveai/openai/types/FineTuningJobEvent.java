// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Fine-tuning job event object
 *
 * @param object The object type, which is always "fine_tuning.job.event".
 * @param id The object identifier.
 * @param createdAt The Unix timestamp (in seconds) for when the fine-tuning job was
 * created.
 * @param level The log level of the event.
 * @param message The message of the event.
 * @param type The type of event.
 * @param data The data associated with the event.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FineTuningJobEvent.Reader.class)
public record FineTuningJobEvent(@JsonProperty("object") String object, @JsonProperty("id") String id,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("level") FineTuningJobEvent.Level level,
		@JsonProperty("message") String message, @JsonProperty("type") FineTuningJobEvent.@Nullable Type type,
		@JsonProperty("data") @Nullable Map<String, Object> data,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link FineTuningJobEvent}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object The object type, which is always "fine_tuning.job.event".
	 * @param id The object identifier.
	 * @param createdAt The Unix timestamp (in seconds) for when the fine-tuning job was
	 * created.
	 * @param level The log level of the event.
	 * @param message The message of the event.
	 * @param type The type of event.
	 * @param data The data associated with the event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FineTuningJobEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FineTuningJobEvent}.
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
	 * The log level of the event.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Level(@JsonValue String value) {
		/**
		 * The value {@code info}.
		 */
		public static final Level INFO = new Level("info");

		/**
		 * The value {@code warn}.
		 */
		public static final Level WARN = new Level("warn");

		/**
		 * The value {@code error}.
		 */
		public static final Level ERROR = new Level("error");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Level {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Level of(String value) {
			return switch (value) {
				case "info" -> INFO;
				case "warn" -> WARN;
				case "error" -> ERROR;
				default -> new Level(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "info", "warn", "error" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The type of event.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code message}.
		 */
		public static final Type MESSAGE = new Type("message");

		/**
		 * The value {@code metrics}.
		 */
		public static final Type METRICS = new Type("metrics");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "message" -> MESSAGE;
				case "metrics" -> METRICS;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "message", "metrics" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link FineTuningJobEvent}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable String id;

		private @Nullable Long createdAt;

		private @Nullable Level level;

		private @Nullable String message;

		private @Nullable Type type;

		private @Nullable Map<String, Object> data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "fine_tuning.job.event";
		}

		private Builder(FineTuningJobEvent source) {
			this.object = source.object();
			this.id = source.id();
			this.createdAt = source.createdAt();
			this.level = source.level();
			this.message = source.message();
			this.type = source.type();
			this.data = (source.data() != null) ? new LinkedHashMap<>(source.data()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The object identifier.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the fine-tuning job was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The log level of the event.
		 * @param level the value (required)
		 * @return this builder
		 */
		public Builder level(@Nullable Level level) {
			this.level = level;
			return this;
		}

		/**
		 * The log level of the event.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder level(String value) {
			return level(Level.of(value));
		}

		/**
		 * The message of the event.
		 * @param message the value (required)
		 * @return this builder
		 */
		public Builder message(@Nullable String message) {
			this.message = message;
			return this;
		}

		/**
		 * The type of event.
		 * @param type the value
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of event.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * The data associated with the event.
		 * <p>
		 * Takes a copy of the map.
		 * @param data the value
		 * @return this builder
		 */
		public Builder data(@Nullable Map<String, ?> data) {
			this.data = (data != null) ? new LinkedHashMap<>(data) : null;
			return this;
		}

		/**
		 * The data associated with the event.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putData(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.data == null) {
				this.data = new LinkedHashMap<>();
			}
			this.data.put(key, value);
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
		public FineTuningJobEvent build() {
			return new FineTuningJobEvent(this.object, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.level, "'level' is required"),
					Objects.requireNonNull(this.message, "'message' is required"), this.type,
					(this.data != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.data)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FineTuningJobEvent} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FineTuningJobEvent> {

		Reader() {
			super(FineTuningJobEvent.class, "object", "id", "created_at", "level", "message", "type", "data");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 3 -> Level.of(value);
				case 5 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FineTuningJobEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FineTuningJobEvent((String) values[0], (String) values[1], (Long) values[2], (Level) values[3],
					(String) values[4], (Type) values[5], (Map<String, Object>) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FineTuningJobEvent} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FineTuningJobEvent> {

		Writer() {
			super(FineTuningJobEvent.class, "object", "id", "created_at", "level", "message", "type", "data");
		}

		@Override
		protected @Nullable Object value(FineTuningJobEvent record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.id();
				case 2 -> record.createdAt();
				case 3 -> record.level();
				case 4 -> record.message();
				case 5 -> record.type();
				case 6 -> record.data();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FineTuningJobEvent record) {
			return record.additionalProperties();
		}

	}
}
