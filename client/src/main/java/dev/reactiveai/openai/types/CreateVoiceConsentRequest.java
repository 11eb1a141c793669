// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.core.UploadFile;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /audio/voice_consents}: Upload a voice consent
 * recording.
 *
 * @param name The label to use for this consent recording.
 * @param recording The consent audio recording file. Maximum size is 10 MiB.
 * <p>
 * Supported MIME types: {@code audio/mpeg}, {@code audio/wav}, {@code audio/x-wav},
 * {@code audio/ogg}, {@code audio/aac}, {@code audio/flac}, {@code audio/webm},
 * {@code audio/mp4}.
 * @param language The BCP 47 language tag for the consent phrase (for example,
 * {@code en-US}).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVoiceConsentRequest.Reader.class)
public record CreateVoiceConsentRequest(@JsonProperty("name") String name,
		@JsonProperty("recording") UploadFile recording, @JsonProperty("language") String language,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVoiceConsentRequest}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param name The label to use for this consent recording.
	 * @param recording The consent audio recording file.
	 * @param language The BCP 47 language tag for the consent phrase (for example,
	 * {@code en-US}).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVoiceConsentRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVoiceConsentRequest}.
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
	 * Builds a {@link CreateVoiceConsentRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable UploadFile recording;

		private @Nullable String language;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVoiceConsentRequest source) {
			this.name = source.name();
			this.recording = source.recording();
			this.language = source.language();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The label to use for this consent recording.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The consent audio recording file.
		 * @param recording the value (required)
		 * @return this builder
		 */
		public Builder recording(@Nullable UploadFile recording) {
			this.recording = recording;
			return this;
		}

		/**
		 * The BCP 47 language tag for the consent phrase (for example, {@code en-US}).
		 * @param language the value (required)
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
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
		public CreateVoiceConsentRequest build() {
			return new CreateVoiceConsentRequest(Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.recording, "'recording' is required"),
					Objects.requireNonNull(this.language, "'language' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVoiceConsentRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVoiceConsentRequest> {

		Reader() {
			super(CreateVoiceConsentRequest.class, "name", "recording", "language");
		}

		@Override
		protected CreateVoiceConsentRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVoiceConsentRequest((String) values[0], (UploadFile) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVoiceConsentRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVoiceConsentRequest> {

		Writer() {
			super(CreateVoiceConsentRequest.class, "name", "recording", "language");
		}

		@Override
		protected @Nullable Object value(CreateVoiceConsentRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.recording();
				case 2 -> record.language();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVoiceConsentRequest record) {
			return record.additionalProperties();
		}

	}
}
