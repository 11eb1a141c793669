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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * This tool searches the web for relevant results to use in a response. Learn more about
 * the <a href="https://platform.openai.com/docs/guides/tools-web-search">web search
 * tool</a>.
 *
 * @param type The type of the web search tool. One of {@code web_search_preview} or
 * {@code web_search_preview_2025_03_11}.
 * @param userLocation A {@link dev.reactiveai.openai.types.ApproximateLocation} (the API
 * description says no more).
 * @param searchContextSize High level guidance for the amount of context window space to
 * use for the search. One of {@code low}, {@code medium}, or {@code high}. {@code medium}
 * is the default.
 * @param searchContentTypes A list of a
 * {@link dev.reactiveai.openai.types.SearchContentType} (the API description says no
 * more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebSearchPreviewTool.Reader.class)
public record WebSearchPreviewTool(@JsonProperty("type") WebSearchPreviewTool.Type type,
		@JsonProperty("user_location") @Nullable ApproximateLocation userLocation,
		@JsonProperty("search_context_size") @Nullable SearchContextSize searchContextSize,
		@JsonProperty("search_content_types") @Nullable List<SearchContentType> searchContentTypes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link WebSearchPreviewTool}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the web search tool.
	 * @param userLocation A {@link dev.reactiveai.openai.types.ApproximateLocation} (the
	 * API description says no more).
	 * @param searchContextSize High level guidance for the amount of context window space
	 * to use for the search.
	 * @param searchContentTypes A list of a
	 * {@link dev.reactiveai.openai.types.SearchContentType} (the API description says no
	 * more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebSearchPreviewTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link WebSearchPreviewTool}.
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
	 * The type of the web search tool. One of {@code web_search_preview} or
	 * {@code web_search_preview_2025_03_11}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code web_search_preview}.
		 */
		public static final Type WEB_SEARCH_PREVIEW = new Type("web_search_preview");

		/**
		 * The value {@code web_search_preview_2025_03_11}.
		 */
		public static final Type WEB_SEARCH_PREVIEW_2025_03_11 = new Type("web_search_preview_2025_03_11");

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
				case "web_search_preview" -> WEB_SEARCH_PREVIEW;
				case "web_search_preview_2025_03_11" -> WEB_SEARCH_PREVIEW_2025_03_11;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "web_search_preview", "web_search_preview_2025_03_11" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link WebSearchPreviewTool}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private @Nullable ApproximateLocation userLocation;

		private @Nullable SearchContextSize searchContextSize;

		private @Nullable List<SearchContentType> searchContentTypes;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(WebSearchPreviewTool source) {
			this.type = source.type();
			this.userLocation = source.userLocation();
			this.searchContextSize = source.searchContextSize();
			this.searchContentTypes = (source.searchContentTypes() != null)
					? new ArrayList<>(source.searchContentTypes()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The type of the web search tool.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of the web search tool.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * A {@link dev.reactiveai.openai.types.ApproximateLocation} (the API description
		 * says no more).
		 * @param userLocation the value
		 * @return this builder
		 */
		public Builder userLocation(@Nullable ApproximateLocation userLocation) {
			this.userLocation = userLocation;
			return this;
		}

		/**
		 * High level guidance for the amount of context window space to use for the
		 * search.
		 * @param searchContextSize the value
		 * @return this builder
		 */
		public Builder searchContextSize(@Nullable SearchContextSize searchContextSize) {
			this.searchContextSize = searchContextSize;
			return this;
		}

		/**
		 * High level guidance for the amount of context window space to use for the
		 * search.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder searchContextSize(String value) {
			return searchContextSize(SearchContextSize.of(value));
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.SearchContentType} (the API
		 * description says no more).
		 * <p>
		 * Takes a copy of the list.
		 * @param searchContentTypes the value
		 * @return this builder
		 */
		public Builder searchContentTypes(@Nullable List<SearchContentType> searchContentTypes) {
			this.searchContentTypes = (searchContentTypes != null) ? new ArrayList<>(searchContentTypes) : null;
			return this;
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.SearchContentType} (the API
		 * description says no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param searchContentType the item to add
		 * @return this builder
		 */
		public Builder addSearchContentType(SearchContentType searchContentType) {
			Objects.requireNonNull(searchContentType, "'searchContentType' must not be null");
			if (this.searchContentTypes == null) {
				this.searchContentTypes = new ArrayList<>();
			}
			this.searchContentTypes.add(searchContentType);
			return this;
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.SearchContentType} (the API
		 * description says no more).
		 * <p>
		 * Adds one item, as the API spells it, known to this client or not.
		 * @param value the item to add
		 * @return this builder
		 */
		public Builder addSearchContentType(String value) {
			return addSearchContentType(SearchContentType.of(value));
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
		public WebSearchPreviewTool build() {
			return new WebSearchPreviewTool(Objects.requireNonNull(this.type, "'type' is required"), this.userLocation,
					this.searchContextSize,
					(this.searchContentTypes != null)
							? Collections.unmodifiableList(new ArrayList<>(this.searchContentTypes)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebSearchPreviewTool} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebSearchPreviewTool> {

		Reader() {
			super(WebSearchPreviewTool.class, "type", "user_location", "search_context_size", "search_content_types");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				case 2 -> SearchContextSize.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected WebSearchPreviewTool create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new WebSearchPreviewTool((Type) values[0], (ApproximateLocation) values[1],
					(SearchContextSize) values[2], (List<SearchContentType>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebSearchPreviewTool} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebSearchPreviewTool> {

		Writer() {
			super(WebSearchPreviewTool.class, "type", "user_location", "search_context_size", "search_content_types");
		}

		@Override
		protected @Nullable Object value(WebSearchPreviewTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.userLocation();
				case 2 -> record.searchContextSize();
				case 3 -> record.searchContentTypes();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebSearchPreviewTool record) {
			return record.additionalProperties();
		}

	}
}
