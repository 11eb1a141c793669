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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An image generation request made by the model.
 *
 * @param type The type of the image generation call. Always
 * {@code image_generation_call}.
 * @param id The unique ID of the image generation call.
 * @param status The status of the image generation call.
 * @param result The generated image encoded in base64.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ImageGenToolCall.Reader.class)
public record ImageGenToolCall(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("status") ImageGenToolCall.Status status, @JsonProperty("result") @Nullable String result,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			ConversationItem,
			Item,
			ItemField,
			ItemResource,
			OutputItem {

	/**
	 * Creates a {@link ImageGenToolCall}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the image generation call.
	 * @param id The unique ID of the image generation call.
	 * @param status The status of the image generation call.
	 * @param result The generated image encoded in base64.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ImageGenToolCall {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ImageGenToolCall}.
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
	 * This item, which a next request's input takes as it is: a {@link ImageGenToolCall}
	 * is an {@link InputItem}.
	 * @return this item
	 */
	@Override
	public ImageGenToolCall asInput() {
		return this;
	}

	/**
	 * The status of the image generation call.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Status(@JsonValue String value) {
		/**
		 * The value {@code in_progress}.
		 */
		public static final Status IN_PROGRESS = new Status("in_progress");

		/**
		 * The value {@code completed}.
		 */
		public static final Status COMPLETED = new Status("completed");

		/**
		 * The value {@code generating}.
		 */
		public static final Status GENERATING = new Status("generating");

		/**
		 * The value {@code failed}.
		 */
		public static final Status FAILED = new Status("failed");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Status {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Status of(String value) {
			return switch (value) {
				case "in_progress" -> IN_PROGRESS;
				case "completed" -> COMPLETED;
				case "generating" -> GENERATING;
				case "failed" -> FAILED;
				default -> new Status(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_progress", "completed", "generating", "failed" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ImageGenToolCall}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String id;

		private @Nullable Status status;

		private @Nullable String result;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "image_generation_call";
		}

		private Builder(ImageGenToolCall source) {
			this.type = source.type();
			this.id = source.id();
			this.status = source.status();
			this.result = source.result();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the image generation call.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The status of the image generation call.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * The status of the image generation call.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(Status.of(value));
		}

		/**
		 * The generated image encoded in base64.
		 * @param result the value
		 * @return this builder
		 */
		public Builder result(@Nullable String result) {
			this.result = result;
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
		public ImageGenToolCall build() {
			return new ImageGenToolCall(this.type, Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.result,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ImageGenToolCall} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ImageGenToolCall> {

		Reader() {
			super(ImageGenToolCall.class, "type", "id", "status", "result");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> Status.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ImageGenToolCall create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ImageGenToolCall((String) values[0], (String) values[1], (Status) values[2], (String) values[3],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ImageGenToolCall} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ImageGenToolCall> {

		Writer() {
			super(ImageGenToolCall.class, "type", "id", "status", "result");
		}

		@Override
		protected @Nullable Object value(ImageGenToolCall record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.status();
				case 3 -> record.result();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ImageGenToolCall record) {
			return record.additionalProperties();
		}

	}
}
