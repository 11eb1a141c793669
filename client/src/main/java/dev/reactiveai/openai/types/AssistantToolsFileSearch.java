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
 * FileSearch tool
 *
 * @param type The type of tool being defined: {@code file_search}
 * @param fileSearch Overrides for the file search tool.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AssistantToolsFileSearch.Reader.class)
@SuppressWarnings("deprecation")
public record AssistantToolsFileSearch(@JsonProperty("type") String type,
		@JsonProperty("file_search") AssistantToolsFileSearch.@Nullable FileSearch fileSearch,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			Assistant.Tool,
			CreateAssistantRequest.Tool,
			CreateRunRequest.Tool,
			CreateThreadAndRunRequest.Tool,
			ModifyAssistantRequest.Tool,
			Run.Tool {

	/**
	 * Creates a {@link AssistantToolsFileSearch}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of tool being defined: {@code file_search}
	 * @param fileSearch Overrides for the file search tool.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AssistantToolsFileSearch {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AssistantToolsFileSearch}.
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
	 * Overrides for the file search tool.
	 *
	 * @param maxNumResults The maximum number of results the file search tool should
	 * output. The default is 20 for {@code gpt-4*} models and 5 for
	 * {@code gpt-3.5-turbo}. This number should be between 1 and 50 inclusive.
	 * <p>
	 * Note that the file search tool may output fewer than {@code max_num_results}
	 * results. See the <a href=
	 * "https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings">file
	 * search tool documentation</a> for more information.
	 * @param rankingOptions The ranking options for the file search. If not specified,
	 * the file search tool will use the {@code auto} ranker and a score_threshold of 0.
	 * <p>
	 * See the <a href=
	 * "https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings">file
	 * search tool documentation</a> for more information.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = FileSearch.Reader.class)
	public static record FileSearch(@JsonProperty("max_num_results") @Nullable Long maxNumResults,
			@JsonProperty("ranking_options") @Nullable FileSearchRankingOptions rankingOptions,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link FileSearch}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param maxNumResults The maximum number of results the file search tool should
		 * output.
		 * @param rankingOptions The ranking options for the file search.
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

			private @Nullable Long maxNumResults;

			private @Nullable FileSearchRankingOptions rankingOptions;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(FileSearch source) {
				this.maxNumResults = source.maxNumResults();
				this.rankingOptions = source.rankingOptions();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The maximum number of results the file search tool should output.
			 * @param maxNumResults the value
			 * @return this builder
			 */
			public Builder maxNumResults(@Nullable Long maxNumResults) {
				this.maxNumResults = maxNumResults;
				return this;
			}

			/**
			 * The ranking options for the file search.
			 * @param rankingOptions the value
			 * @return this builder
			 */
			public Builder rankingOptions(@Nullable FileSearchRankingOptions rankingOptions) {
				this.rankingOptions = rankingOptions;
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
				return new FileSearch(this.maxNumResults, this.rankingOptions, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link FileSearch} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<FileSearch> {

			Reader() {
				super(FileSearch.class, "max_num_results", "ranking_options");
			}

			@Override
			protected FileSearch create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new FileSearch((Long) values[0], (FileSearchRankingOptions) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link FileSearch} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<FileSearch> {

			Writer() {
				super(FileSearch.class, "max_num_results", "ranking_options");
			}

			@Override
			protected @Nullable Object value(FileSearch record, int index) {
				return switch (index) {
					case 0 -> record.maxNumResults();
					case 1 -> record.rankingOptions();
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
	 * Builds a {@link AssistantToolsFileSearch}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable FileSearch fileSearch;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "file_search";
		}

		private Builder(AssistantToolsFileSearch source) {
			this.type = source.type();
			this.fileSearch = source.fileSearch();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Overrides for the file search tool.
		 * @param fileSearch the value
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
		public AssistantToolsFileSearch build() {
			return new AssistantToolsFileSearch(this.type, this.fileSearch, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AssistantToolsFileSearch} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AssistantToolsFileSearch> {

		Reader() {
			super(AssistantToolsFileSearch.class, "type", "file_search");
		}

		@Override
		protected AssistantToolsFileSearch create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new AssistantToolsFileSearch((String) values[0], (FileSearch) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AssistantToolsFileSearch} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AssistantToolsFileSearch> {

		Writer() {
			super(AssistantToolsFileSearch.class, "type", "file_search");
		}

		@Override
		protected @Nullable Object value(AssistantToolsFileSearch record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.fileSearch();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AssistantToolsFileSearch record) {
			return record.additionalProperties();
		}

	}
}
