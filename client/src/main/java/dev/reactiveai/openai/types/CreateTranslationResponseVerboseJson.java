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
 * An object with {@code language}, {@code duration}, {@code text} and {@code segments}.
 *
 * @param language The language of the output translation (always {@code english}).
 * @param duration The duration of the input audio.
 * @param text The translated text.
 * @param segments Segments of the translated text and their corresponding details.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateTranslationResponseVerboseJson.Reader.class)
public record CreateTranslationResponseVerboseJson(@JsonProperty("language") String language,
		@JsonProperty("duration") Double duration, @JsonProperty("text") String text,
		@JsonProperty("segments") @Nullable List<TranscriptionSegment> segments,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AudioTranslationsCreateResponse {

	/**
	 * Creates a {@link CreateTranslationResponseVerboseJson};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param language The language of the output translation (always {@code english}).
	 * @param duration The duration of the input audio.
	 * @param text The translated text.
	 * @param segments Segments of the translated text and their corresponding details.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateTranslationResponseVerboseJson {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateTranslationResponseVerboseJson}.
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
	 * Builds a {@link CreateTranslationResponseVerboseJson}.
	 */
	public static final class Builder {

		private @Nullable String language;

		private @Nullable Double duration;

		private @Nullable String text;

		private @Nullable List<TranscriptionSegment> segments;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateTranslationResponseVerboseJson source) {
			this.language = source.language();
			this.duration = source.duration();
			this.text = source.text();
			this.segments = (source.segments() != null) ? new ArrayList<>(source.segments()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The language of the output translation (always {@code english}).
		 * @param language the value (required)
		 * @return this builder
		 */
		public Builder language(@Nullable String language) {
			this.language = language;
			return this;
		}

		/**
		 * The duration of the input audio.
		 * @param duration the value (required)
		 * @return this builder
		 */
		public Builder duration(@Nullable Double duration) {
			this.duration = duration;
			return this;
		}

		/**
		 * The translated text.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * Segments of the translated text and their corresponding details.
		 * <p>
		 * Takes a copy of the list.
		 * @param segments the value
		 * @return this builder
		 */
		public Builder segments(@Nullable List<TranscriptionSegment> segments) {
			this.segments = (segments != null) ? new ArrayList<>(segments) : null;
			return this;
		}

		/**
		 * Segments of the translated text and their corresponding details.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param segment the item to add
		 * @return this builder
		 */
		public Builder addSegment(TranscriptionSegment segment) {
			Objects.requireNonNull(segment, "'segment' must not be null");
			if (this.segments == null) {
				this.segments = new ArrayList<>();
			}
			this.segments.add(segment);
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
		public CreateTranslationResponseVerboseJson build() {
			return new CreateTranslationResponseVerboseJson(
					Objects.requireNonNull(this.language, "'language' is required"),
					Objects.requireNonNull(this.duration, "'duration' is required"),
					Objects.requireNonNull(this.text, "'text' is required"),
					(this.segments != null) ? Collections.unmodifiableList(new ArrayList<>(this.segments)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateTranslationResponseVerboseJson} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateTranslationResponseVerboseJson> {

		Reader() {
			super(CreateTranslationResponseVerboseJson.class, "language", "duration", "text", "segments");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateTranslationResponseVerboseJson create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateTranslationResponseVerboseJson((String) values[0], (Double) values[1], (String) values[2],
					(List<TranscriptionSegment>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateTranslationResponseVerboseJson} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateTranslationResponseVerboseJson> {

		Writer() {
			super(CreateTranslationResponseVerboseJson.class, "language", "duration", "text", "segments");
		}

		@Override
		protected @Nullable Object value(CreateTranslationResponseVerboseJson record, int index) {
			return switch (index) {
				case 0 -> record.language();
				case 1 -> record.duration();
				case 2 -> record.text();
				case 3 -> record.segments();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateTranslationResponseVerboseJson record) {
			return record.additionalProperties();
		}

	}
}
