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
 * File search tool call
 *
 * @param id The ID of the tool call object.
 * @param type The type of tool call. This is always going to be {@code file_search} for
 * this type of tool call.
 * @param fileSearch For now, this is always going to be an empty object.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDetailsToolCallsFileSearchObject.Reader.class)
public record RunStepDetailsToolCallsFileSearchObject(@JsonProperty("id") String id, @JsonProperty("type") String type,
		@JsonProperty("file_search") RunStepDetailsToolCallsFileSearchObject.FileSearch fileSearch,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			RunStepDetailsToolCallsObject.ToolCall {

	/**
	 * Creates a {@link RunStepDetailsToolCallsFileSearchObject}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id The ID of the tool call object.
	 * @param type The type of tool call.
	 * @param fileSearch For now, this is always going to be an empty object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDetailsToolCallsFileSearchObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDetailsToolCallsFileSearchObject}.
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
	 * For now, this is always going to be an empty object.
	 *
	 * @param rankingOptions The ranking options for the file search.
	 * @param results The results of the file search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = FileSearch.Reader.class)
	public static record FileSearch(
			@JsonProperty("ranking_options") @Nullable RunStepDetailsToolCallsFileSearchRankingOptionsObject rankingOptions,
			@JsonProperty("results") @Nullable List<RunStepDetailsToolCallsFileSearchResultObject> results,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link FileSearch}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param rankingOptions The ranking options for the file search.
		 * @param results The results of the file search.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public FileSearch {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link FileSearch}.
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
		 * Builds a {@link FileSearch}.
		 */
		public static final class Builder {

			private @Nullable RunStepDetailsToolCallsFileSearchRankingOptionsObject rankingOptions;

			private @Nullable List<RunStepDetailsToolCallsFileSearchResultObject> results;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(FileSearch source) {
				this.rankingOptions = source.rankingOptions();
				this.results = (source.results() != null) ? new ArrayList<>(source.results()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The ranking options for the file search.
			 * @param rankingOptions the value
			 * @return this builder
			 */
			public Builder rankingOptions(
					@Nullable RunStepDetailsToolCallsFileSearchRankingOptionsObject rankingOptions) {
				this.rankingOptions = rankingOptions;
				return this;
			}

			/**
			 * The results of the file search.
			 * <p>
			 * Takes a copy of the list.
			 * @param results the value
			 * @return this builder
			 */
			public Builder results(@Nullable List<RunStepDetailsToolCallsFileSearchResultObject> results) {
				this.results = (results != null) ? new ArrayList<>(results) : null;
				return this;
			}

			/**
			 * The results of the file search.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param result the item to add
			 * @return this builder
			 */
			public Builder addResult(RunStepDetailsToolCallsFileSearchResultObject result) {
				Objects.requireNonNull(result, "'result' must not be null");
				if (this.results == null) {
					this.results = new ArrayList<>();
				}
				this.results.add(result);
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
			public FileSearch build() {
				return new FileSearch(this.rankingOptions,
						(this.results != null) ? Collections.unmodifiableList(new ArrayList<>(this.results)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link FileSearch} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<FileSearch> {

			Reader() {
				super(FileSearch.class, "ranking_options", "results");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected FileSearch create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new FileSearch((RunStepDetailsToolCallsFileSearchRankingOptionsObject) values[0],
						(List<RunStepDetailsToolCallsFileSearchResultObject>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link FileSearch} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<FileSearch> {

			Writer() {
				super(FileSearch.class, "ranking_options", "results");
			}

			@Override
			protected @Nullable Object value(FileSearch record, int index) {
				return switch (index) {
					case 0 -> record.rankingOptions();
					case 1 -> record.results();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(FileSearch record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RunStepDetailsToolCallsFileSearchObject}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String type;

		private @Nullable FileSearch fileSearch;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_search";
		}

		private Builder(RunStepDetailsToolCallsFileSearchObject source) {
			this.id = source.id();
			this.type = source.type();
			this.fileSearch = source.fileSearch();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the tool call object.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * For now, this is always going to be an empty object.
		 * @param fileSearch the value (required)
		 * @return this builder
		 */
		public Builder fileSearch(@Nullable FileSearch fileSearch) {
			this.fileSearch = fileSearch;
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
		public RunStepDetailsToolCallsFileSearchObject build() {
			return new RunStepDetailsToolCallsFileSearchObject(Objects.requireNonNull(this.id, "'id' is required"),
					this.type, Objects.requireNonNull(this.fileSearch, "'fileSearch' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDetailsToolCallsFileSearchObject} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDetailsToolCallsFileSearchObject> {

		Reader() {
			super(RunStepDetailsToolCallsFileSearchObject.class, "id", "type", "file_search");
		}

		@Override
		protected RunStepDetailsToolCallsFileSearchObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDetailsToolCallsFileSearchObject((String) values[0], (String) values[1],
					(FileSearch) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDetailsToolCallsFileSearchObject} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDetailsToolCallsFileSearchObject> {

		Writer() {
			super(RunStepDetailsToolCallsFileSearchObject.class, "id", "type", "file_search");
		}

		@Override
		protected @Nullable Object value(RunStepDetailsToolCallsFileSearchObject record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.type();
				case 2 -> record.fileSearch();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDetailsToolCallsFileSearchObject record) {
			return record.additionalProperties();
		}

	}
}
