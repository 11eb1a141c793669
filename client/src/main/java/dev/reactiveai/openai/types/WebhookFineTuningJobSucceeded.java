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
 * Sent when a fine-tuning job has succeeded.
 *
 * @param createdAt The Unix timestamp (in seconds) of when the fine-tuning job succeeded.
 * @param id The unique ID of the event.
 * @param data Event data payload.
 * @param object The object of the event. Always {@code event}.
 * @param type The type of the event. Always {@code fine_tuning.job.succeeded}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebhookFineTuningJobSucceeded.Reader.class)
public record WebhookFineTuningJobSucceeded(@JsonProperty("created_at") Long createdAt, @JsonProperty("id") String id,
		@JsonProperty("data") WebhookFineTuningJobSucceeded.Data data, @JsonProperty("object") @Nullable String object,
		@JsonProperty("type") String type,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements WebhookEvent {

	/**
	 * Creates a {@link WebhookFineTuningJobSucceeded}, filling in {@code object} and
	 * {@code type} with their single possible value when absent;
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param createdAt The Unix timestamp (in seconds) of when the fine-tuning job
	 * succeeded.
	 * @param id The unique ID of the event.
	 * @param data Event data payload.
	 * @param object The object of the event.
	 * @param type The type of the event.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebhookFineTuningJobSucceeded {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link WebhookFineTuningJobSucceeded}.
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
	 * Event data payload.
	 *
	 * @param id The unique ID of the fine-tuning job.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Data.Reader.class)
	public static record Data(@JsonProperty("id") String id,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Data}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param id The unique ID of the fine-tuning job.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Data {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Data}.
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
		 * Builds a {@link Data}.
		 */
		public static final class Builder {

			private @Nullable String id;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Data source) {
				this.id = source.id();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The unique ID of the fine-tuning job.
			 * @param id the value (required)
			 * @return this builder
			 */
			public Builder id(@Nullable String id) {
				this.id = id;
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
			public Data build() {
				return new Data(Objects.requireNonNull(this.id, "'id' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Data} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Data> {

			Reader() {
				super(Data.class, "id");
			}

			@Override
			protected Data create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Data((String) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Data} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Data> {

			Writer() {
				super(Data.class, "id");
			}

			@Override
			protected @Nullable Object value(Data record, int index) {
				return switch (index) {
					case 0 -> record.id();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Data record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link WebhookFineTuningJobSucceeded}.
	 */
	public static final class Builder {

		private @Nullable Long createdAt;

		private @Nullable String id;

		private @Nullable Data data;

		private @Nullable String object;

		private @Nullable String type;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "event";
			this.type = "fine_tuning.job.succeeded";
		}

		private Builder(WebhookFineTuningJobSucceeded source) {
			this.createdAt = source.createdAt();
			this.id = source.id();
			this.data = source.data();
			this.object = source.object();
			this.type = source.type();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The Unix timestamp (in seconds) of when the fine-tuning job succeeded.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The unique ID of the event.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Event data payload.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable Data data) {
			this.data = data;
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
		public WebhookFineTuningJobSucceeded build() {
			return new WebhookFineTuningJobSucceeded(Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.data, "'data' is required"), this.object, this.type,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebhookFineTuningJobSucceeded} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebhookFineTuningJobSucceeded> {

		Reader() {
			super(WebhookFineTuningJobSucceeded.class, "created_at", "id", "data", "object", "type");
		}

		@Override
		protected WebhookFineTuningJobSucceeded create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new WebhookFineTuningJobSucceeded((Long) values[0], (String) values[1], (Data) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebhookFineTuningJobSucceeded} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebhookFineTuningJobSucceeded> {

		Writer() {
			super(WebhookFineTuningJobSucceeded.class, "created_at", "id", "data", "object", "type");
		}

		@Override
		protected @Nullable Object value(WebhookFineTuningJobSucceeded record, int index) {
			return switch (index) {
				case 0 -> record.createdAt();
				case 1 -> record.id();
				case 2 -> record.data();
				case 3 -> record.object();
				case 4 -> record.type();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebhookFineTuningJobSucceeded record) {
			return record.additionalProperties();
		}

	}
}
