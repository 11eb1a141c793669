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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Action type "open_page" - Opens a specific URL from search results.
 *
 * @param type The action type.
 * @param url The URL opened by the model.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebSearchActionOpenPage.Reader.class)
public record WebSearchActionOpenPage(@JsonProperty("type") String type, @JsonProperty("url") @Nullable String url,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements WebSearchToolCall.Action {

	/**
	 * Creates a {@link WebSearchActionOpenPage}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The action type.
	 * @param url The URL opened by the model.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebSearchActionOpenPage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link WebSearchActionOpenPage}.
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
	 * Builds a {@link WebSearchActionOpenPage}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String url;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "open_page";
		}

		private Builder(WebSearchActionOpenPage source) {
			this.type = source.type();
			this.url = source.url();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The URL opened by the model.
		 * @param url the value
		 * @return this builder
		 */
		public Builder url(@Nullable String url) {
			this.url = url;
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
		public WebSearchActionOpenPage build() {
			return new WebSearchActionOpenPage(this.type, this.url, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebSearchActionOpenPage} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebSearchActionOpenPage> {

		Reader() {
			super(WebSearchActionOpenPage.class, "type", "url");
		}

		@Override
		protected WebSearchActionOpenPage create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new WebSearchActionOpenPage((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebSearchActionOpenPage} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebSearchActionOpenPage> {

		Writer() {
			super(WebSearchActionOpenPage.class, "type", "url");
		}

		@Override
		protected @Nullable Object value(WebSearchActionOpenPage record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.url();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebSearchActionOpenPage record) {
			return record.additionalProperties();
		}

	}
}
