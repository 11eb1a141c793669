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
 * Action type "find_in_page": Searches for a pattern within a loaded page.
 *
 * @param type The action type.
 * @param url The URL of the page searched for the pattern.
 * @param pattern The pattern or text to search for within the page.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebSearchActionFind.Reader.class)
public record WebSearchActionFind(@JsonProperty("type") String type, @JsonProperty("url") String url,
		@JsonProperty("pattern") String pattern,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements WebSearchToolCall.Action {

	/**
	 * Creates a {@link WebSearchActionFind}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The action type.
	 * @param url The URL of the page searched for the pattern.
	 * @param pattern The pattern or text to search for within the page.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebSearchActionFind {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link WebSearchActionFind}.
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
	 * Builds a {@link WebSearchActionFind}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String url;

		private @Nullable String pattern;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "find_in_page";
		}

		private Builder(WebSearchActionFind source) {
			this.type = source.type();
			this.url = source.url();
			this.pattern = source.pattern();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The URL of the page searched for the pattern.
		 * @param url the value (required)
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			this.url = url;
			return this;
		}

		/**
		 * The pattern or text to search for within the page.
		 * @param pattern the value (required)
		 * @return this builder
		 */
		public Builder pattern(@Nullable String pattern) {
			this.pattern = pattern;
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
		public WebSearchActionFind build() {
			return new WebSearchActionFind(this.type, Objects.requireNonNull(this.url, "'url' is required"),
					Objects.requireNonNull(this.pattern, "'pattern' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebSearchActionFind} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebSearchActionFind> {

		Reader() {
			super(WebSearchActionFind.class, "type", "url", "pattern");
		}

		@Override
		protected WebSearchActionFind create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new WebSearchActionFind((String) values[0], (String) values[1], (String) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebSearchActionFind} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebSearchActionFind> {

		Writer() {
			super(WebSearchActionFind.class, "type", "url", "pattern");
		}

		@Override
		protected @Nullable Object value(WebSearchActionFind record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.url();
				case 2 -> record.pattern();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebSearchActionFind record) {
			return record.additionalProperties();
		}

	}
}
