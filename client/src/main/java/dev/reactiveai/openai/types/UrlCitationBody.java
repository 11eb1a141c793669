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
 * A citation for a web resource used to generate a model response.
 *
 * @param type The type of the URL citation. Always {@code url_citation}.
 * @param url The URL of the web resource.
 * @param startIndex The index of the first character of the URL citation in the message.
 * @param endIndex The index of the last character of the URL citation in the message.
 * @param title The title of the web resource.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UrlCitationBody.Reader.class)
public record UrlCitationBody(@JsonProperty("type") String type, @JsonProperty("url") String url,
		@JsonProperty("start_index") Long startIndex, @JsonProperty("end_index") Long endIndex,
		@JsonProperty("title") String title,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Annotation {

	/**
	 * Creates a {@link UrlCitationBody}, filling in {@code type} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param type The type of the URL citation.
	 * @param url The URL of the web resource.
	 * @param startIndex The index of the first character of the URL citation in the
	 * message.
	 * @param endIndex The index of the last character of the URL citation in the message.
	 * @param title The title of the web resource.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UrlCitationBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UrlCitationBody}.
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
	 * Builds a {@link UrlCitationBody}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String url;

		private @Nullable Long startIndex;

		private @Nullable Long endIndex;

		private @Nullable String title;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "url_citation";
		}

		private Builder(UrlCitationBody source) {
			this.type = source.type();
			this.url = source.url();
			this.startIndex = source.startIndex();
			this.endIndex = source.endIndex();
			this.title = source.title();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The URL of the web resource.
		 * @param url the value (required)
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			this.url = url;
			return this;
		}

		/**
		 * The index of the first character of the URL citation in the message.
		 * @param startIndex the value (required)
		 * @return this builder
		 */
		public Builder startIndex(@Nullable Long startIndex) {
			this.startIndex = startIndex;
			return this;
		}

		/**
		 * The index of the last character of the URL citation in the message.
		 * @param endIndex the value (required)
		 * @return this builder
		 */
		public Builder endIndex(@Nullable Long endIndex) {
			this.endIndex = endIndex;
			return this;
		}

		/**
		 * The title of the web resource.
		 * @param title the value (required)
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			this.title = title;
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
		public UrlCitationBody build() {
			return new UrlCitationBody(this.type, Objects.requireNonNull(this.url, "'url' is required"),
					Objects.requireNonNull(this.startIndex, "'startIndex' is required"),
					Objects.requireNonNull(this.endIndex, "'endIndex' is required"),
					Objects.requireNonNull(this.title, "'title' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UrlCitationBody} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UrlCitationBody> {

		Reader() {
			super(UrlCitationBody.class, "type", "url", "start_index", "end_index", "title");
		}

		@Override
		protected UrlCitationBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UrlCitationBody((String) values[0], (String) values[1], (Long) values[2], (Long) values[3],
					(String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UrlCitationBody} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UrlCitationBody> {

		Writer() {
			super(UrlCitationBody.class, "type", "url", "start_index", "end_index", "title");
		}

		@Override
		protected @Nullable Object value(UrlCitationBody record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.url();
				case 2 -> record.startIndex();
				case 3 -> record.endIndex();
				case 4 -> record.title();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UrlCitationBody record) {
			return record.additionalProperties();
		}

	}
}
