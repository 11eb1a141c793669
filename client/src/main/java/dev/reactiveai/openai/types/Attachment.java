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
 * Attachment metadata included on thread items.
 *
 * @param type Attachment discriminator.
 * @param id Identifier for the attachment.
 * @param name Original display name for the attachment.
 * @param mimeType MIME type of the attachment.
 * @param previewUrl Preview URL for rendering the attachment inline.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Attachment.Reader.class)
public record Attachment(@JsonProperty("type") AttachmentType type, @JsonProperty("id") String id,
		@JsonProperty("name") String name, @JsonProperty("mime_type") String mimeType,
		@JsonProperty("preview_url") @Nullable String previewUrl,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Attachment}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Attachment discriminator.
	 * @param id Identifier for the attachment.
	 * @param name Original display name for the attachment.
	 * @param mimeType MIME type of the attachment.
	 * @param previewUrl Preview URL for rendering the attachment inline.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Attachment {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Attachment}.
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
	 * Builds a {@link Attachment}.
	 */
	public static final class Builder {

		private @Nullable AttachmentType type;

		private @Nullable String id;

		private @Nullable String name;

		private @Nullable String mimeType;

		private @Nullable String previewUrl;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(Attachment source) {
			this.type = source.type();
			this.id = source.id();
			this.name = source.name();
			this.mimeType = source.mimeType();
			this.previewUrl = source.previewUrl();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Attachment discriminator.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable AttachmentType type) {
			this.type = type;
			return this;
		}

		/**
		 * Attachment discriminator.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(AttachmentType.of(value));
		}

		/**
		 * Identifier for the attachment.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Original display name for the attachment.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * MIME type of the attachment.
		 * @param mimeType the value (required)
		 * @return this builder
		 */
		public Builder mimeType(@Nullable String mimeType) {
			this.mimeType = mimeType;
			return this;
		}

		/**
		 * Preview URL for rendering the attachment inline.
		 * @param previewUrl the value
		 * @return this builder
		 */
		public Builder previewUrl(@Nullable String previewUrl) {
			this.previewUrl = previewUrl;
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
		public Attachment build() {
			return new Attachment(Objects.requireNonNull(this.type, "'type' is required"),
					Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.mimeType, "'mimeType' is required"), this.previewUrl,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Attachment} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Attachment> {

		Reader() {
			super(Attachment.class, "type", "id", "name", "mime_type", "preview_url");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> AttachmentType.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected Attachment create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Attachment((AttachmentType) values[0], (String) values[1], (String) values[2],
					(String) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Attachment} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Attachment> {

		Writer() {
			super(Attachment.class, "type", "id", "name", "mime_type", "preview_url");
		}

		@Override
		protected @Nullable Object value(Attachment record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.id();
				case 2 -> record.name();
				case 3 -> record.mimeType();
				case 4 -> record.previewUrl();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Attachment record) {
			return record.additionalProperties();
		}

	}
}
