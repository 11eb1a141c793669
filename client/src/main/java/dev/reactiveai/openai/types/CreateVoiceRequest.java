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
 * The request body of {@code POST /audio/voices}: Creates a custom voice.
 *
 * @param name The name of the new voice.
 * @param audioSample The sample audio recording file. Maximum size is 10 MiB.
 * <p>
 * Supported MIME types: {@code audio/mpeg}, {@code audio/wav}, {@code audio/x-wav},
 * {@code audio/ogg}, {@code audio/aac}, {@code audio/flac}, {@code audio/webm},
 * {@code audio/mp4}.
 * @param consent The consent recording ID (for example, {@code cons_1234}).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateVoiceRequest.Reader.class)
public record CreateVoiceRequest(@JsonProperty("name") String name,
		@JsonProperty("audio_sample") UploadFile audioSample, @JsonProperty("consent") String consent,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateVoiceRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The name of the new voice.
	 * @param audioSample The sample audio recording file.
	 * @param consent The consent recording ID (for example, {@code cons_1234}).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateVoiceRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateVoiceRequest}.
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
	 * Builds a {@link CreateVoiceRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable UploadFile audioSample;

		private @Nullable String consent;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateVoiceRequest source) {
			this.name = source.name();
			this.audioSample = source.audioSample();
			this.consent = source.consent();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the new voice.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The sample audio recording file.
		 * @param audioSample the value (required)
		 * @return this builder
		 */
		public Builder audioSample(@Nullable UploadFile audioSample) {
			this.audioSample = audioSample;
			return this;
		}

		/**
		 * The consent recording ID (for example, {@code cons_1234}).
		 * @param consent the value (required)
		 * @return this builder
		 */
		public Builder consent(@Nullable String consent) {
			this.consent = consent;
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
		public CreateVoiceRequest build() {
			return new CreateVoiceRequest(Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.audioSample, "'audioSample' is required"),
					Objects.requireNonNull(this.consent, "'consent' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateVoiceRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateVoiceRequest> {

		Reader() {
			super(CreateVoiceRequest.class, "name", "audio_sample", "consent");
		}

		@Override
		protected CreateVoiceRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateVoiceRequest((String) values[0], (UploadFile) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateVoiceRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateVoiceRequest> {

		Writer() {
			super(CreateVoiceRequest.class, "name", "audio_sample", "consent");
		}

		@Override
		protected @Nullable Object value(CreateVoiceRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.audioSample();
				case 2 -> record.consent();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateVoiceRequest record) {
			return record.additionalProperties();
		}

	}
}
