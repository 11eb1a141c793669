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
 * Search the Internet for sources related to the prompt. Learn more about the
 * <a href="https://platform.openai.com/docs/guides/tools-web-search">web search tool</a>.
 *
 * @param type The type of the web search tool. One of {@code web_search} or
 * {@code web_search_2025_08_26}.
 * @param filters Filters for the search.
 * @param userLocation The approximate location of the user.
 * @param searchContextSize High level guidance for the amount of context window space to
 * use for the search. One of {@code low}, {@code medium}, or {@code high}. {@code medium}
 * is the default.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = WebSearchTool.Reader.class)
public record WebSearchTool(@JsonProperty("type") WebSearchTool.Type type,
		@JsonProperty("filters") WebSearchTool.@Nullable Filters filters,
		@JsonProperty("user_location") @Nullable WebSearchApproximateLocation userLocation,
		@JsonProperty("search_context_size") WebSearchTool.@Nullable SearchContextSize searchContextSize,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link WebSearchTool}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the web search tool.
	 * @param filters Filters for the search.
	 * @param userLocation The approximate location of the user.
	 * @param searchContextSize High level guidance for the amount of context window space
	 * to use for the search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public WebSearchTool {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link WebSearchTool}.
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
	 * The type of the web search tool. One of {@code web_search} or
	 * {@code web_search_2025_08_26}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code web_search}.
		 */
		public static final Type WEB_SEARCH = new Type("web_search");

		/**
		 * The value {@code web_search_2025_08_26}.
		 */
		public static final Type WEB_SEARCH_2025_08_26 = new Type("web_search_2025_08_26");

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
				case "web_search" -> WEB_SEARCH;
				case "web_search_2025_08_26" -> WEB_SEARCH_2025_08_26;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "web_search", "web_search_2025_08_26" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Filters for the search.
	 *
	 * @param allowedDomains Allowed domains for the search. If not provided, all domains
	 * are allowed. Subdomains of the provided domains are allowed as well.
	 * <p>
	 * Example: {@code ["pubmed.ncbi.nlm.nih.gov"]}
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Filters.Reader.class)
	public static record Filters(@JsonProperty("allowed_domains") @Nullable List<String> allowedDomains,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Filters}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param allowedDomains Allowed domains for the search.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Filters {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Filters}.
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
		 * Builds a {@link Filters}.
		 */
		public static final class Builder {

			private @Nullable List<String> allowedDomains;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Filters source) {
				this.allowedDomains = (source.allowedDomains() != null) ? new ArrayList<>(source.allowedDomains())
						: null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Allowed domains for the search.
			 * <p>
			 * Takes a copy of the list.
			 * @param allowedDomains the value
			 * @return this builder
			 */
			public Builder allowedDomains(@Nullable List<String> allowedDomains) {
				this.allowedDomains = (allowedDomains != null) ? new ArrayList<>(allowedDomains) : null;
				return this;
			}

			/**
			 * Allowed domains for the search.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param allowedDomain the item to add
			 * @return this builder
			 */
			public Builder addAllowedDomain(String allowedDomain) {
				Objects.requireNonNull(allowedDomain, "'allowedDomain' must not be null");
				if (this.allowedDomains == null) {
					this.allowedDomains = new ArrayList<>();
				}
				this.allowedDomains.add(allowedDomain);
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
			public Filters build() {
				return new Filters(
						(this.allowedDomains != null)
								? Collections.unmodifiableList(new ArrayList<>(this.allowedDomains)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Filters} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Filters> {

			Reader() {
				super(Filters.class, "allowed_domains");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Filters create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Filters((List<String>) values[0], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Filters} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Filters> {

			Writer() {
				super(Filters.class, "allowed_domains");
			}

			@Override
			protected @Nullable Object value(Filters record, int index) {
				return switch (index) {
					case 0 -> record.allowedDomains();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Filters record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * High level guidance for the amount of context window space to use for the search.
	 * One of {@code low}, {@code medium}, or {@code high}. {@code medium} is the default.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record SearchContextSize(@JsonValue String value) {
		/**
		 * The value {@code low}.
		 */
		public static final SearchContextSize LOW = new SearchContextSize("low");

		/**
		 * The value {@code medium}.
		 */
		public static final SearchContextSize MEDIUM = new SearchContextSize("medium");

		/**
		 * The value {@code high}.
		 */
		public static final SearchContextSize HIGH = new SearchContextSize("high");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public SearchContextSize {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static SearchContextSize of(String value) {
			return switch (value) {
				case "low" -> LOW;
				case "medium" -> MEDIUM;
				case "high" -> HIGH;
				default -> new SearchContextSize(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "low", "medium", "high" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link WebSearchTool}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private @Nullable Filters filters;

		private @Nullable WebSearchApproximateLocation userLocation;

		private @Nullable SearchContextSize searchContextSize;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(WebSearchTool source) {
			this.type = source.type();
			this.filters = source.filters();
			this.userLocation = source.userLocation();
			this.searchContextSize = source.searchContextSize();
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
		 * Filters for the search.
		 * @param filters the value
		 * @return this builder
		 */
		public Builder filters(@Nullable Filters filters) {
			this.filters = filters;
			return this;
		}

		/**
		 * The approximate location of the user.
		 * @param userLocation the value
		 * @return this builder
		 */
		public Builder userLocation(@Nullable WebSearchApproximateLocation userLocation) {
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
		public WebSearchTool build() {
			return new WebSearchTool(Objects.requireNonNull(this.type, "'type' is required"), this.filters,
					this.userLocation, this.searchContextSize, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link WebSearchTool} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<WebSearchTool> {

		Reader() {
			super(WebSearchTool.class, "type", "filters", "user_location", "search_context_size");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				case 3 -> SearchContextSize.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected WebSearchTool create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new WebSearchTool((Type) values[0], (Filters) values[1], (WebSearchApproximateLocation) values[2],
					(SearchContextSize) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link WebSearchTool} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<WebSearchTool> {

		Writer() {
			super(WebSearchTool.class, "type", "filters", "user_location", "search_context_size");
		}

		@Override
		protected @Nullable Object value(WebSearchTool record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.filters();
				case 2 -> record.userLocation();
				case 3 -> record.searchContextSize();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(WebSearchTool record) {
			return record.additionalProperties();
		}

	}
}
