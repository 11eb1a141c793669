// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents an {@code assistant} that can call the model and use tools.
 *
 * @param id The identifier, which can be referenced in API endpoints.
 * @param object The object type, which is always {@code assistant}.
 * @param createdAt The Unix timestamp (in seconds) for when the assistant was created.
 * @param name The name of the assistant. The maximum length is 256 characters.
 * @param description The description of the assistant. The maximum length is 512
 * characters.
 * @param model ID of the model to use. You can use the
 * <a href="https://platform.openai.com/docs/api-reference/models/list">List models</a>
 * API to see all of your available models, or see our
 * <a href="https://platform.openai.com/docs/models">Model overview</a> for descriptions
 * of them.
 * @param instructions The system instructions that the assistant uses. The maximum length
 * is 256,000 characters.
 * @param tools A list of tool enabled on the assistant. There can be a maximum of 128
 * tools per assistant. Tools can be of types {@code code_interpreter},
 * {@code file_search}, or {@code function}.
 * @param toolResources A set of resources that are used by the assistant's tools. The
 * resources are specific to the type of tool. For example, the {@code code_interpreter}
 * tool requires a list of file IDs, while the {@code file_search} tool requires a list of
 * vector store IDs.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param temperature What sampling temperature to use, between 0 and 2. Higher values
 * like 0.8 will make the output more random, while lower values like 0.2 will make it
 * more focused and deterministic.
 * @param topP An alternative to sampling with temperature, called nucleus sampling, where
 * the model considers the results of the tokens with top_p probability mass. So 0.1 means
 * only the tokens comprising the top 10% probability mass are considered.
 * <p>
 * We generally recommend altering this or temperature but not both.
 * @param responseFormat Specifies the format that the model must output. Compatible with
 * <a href="https://platform.openai.com/docs/models#gpt-4o">GPT-4o</a>,
 * <a href="https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4">GPT-4
 * Turbo</a>, and all GPT-3.5 Turbo models since {@code gpt-3.5-turbo-1106}.
 * <p>
 * Setting to {@code { "type": "json_schema", "json_schema": {...} }} enables Structured
 * Outputs which ensures the model will match your supplied JSON schema. Learn more in the
 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured Outputs
 * guide</a>.
 * <p>
 * Setting to {@code { "type": "json_object" }} enables JSON mode, which ensures the
 * message the model generates is valid JSON.
 * <p>
 * <strong>Important:</strong> when using JSON mode, you <strong>must</strong> also
 * instruct the model to produce JSON yourself via a system or user message. Without this,
 * the model may generate an unending stream of whitespace until the generation reaches
 * the token limit, resulting in a long-running and seemingly "stuck" request. Also note
 * that the message content may be partially cut off if {@code finish_reason="length"},
 * which indicates the generation exceeded {@code max_tokens} or the conversation exceeded
 * the max context length.
 * @param additionalProperties properties that this version of the client does not know
 * @deprecated The API description marks it deprecated and names no replacement.
 */
@JsonDeserialize(using = Assistant.Reader.class)
@Deprecated
public record Assistant(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description, @JsonProperty("model") String model,
		@JsonProperty("instructions") @Nullable String instructions, @JsonProperty("tools") List<Assistant.Tool> tools,
		@JsonProperty("tool_resources") Assistant.@Nullable ToolResources toolResources,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("response_format") @Nullable AssistantsApiResponseFormatOption responseFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Assistant}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id The identifier, which can be referenced in API endpoints.
	 * @param object The object type, which is always {@code assistant}.
	 * @param createdAt The Unix timestamp (in seconds) for when the assistant was
	 * created.
	 * @param name The name of the assistant.
	 * @param description The description of the assistant.
	 * @param model ID of the model to use.
	 * @param instructions The system instructions that the assistant uses.
	 * @param tools A list of tool enabled on the assistant.
	 * @param toolResources A set of resources that are used by the assistant's tools.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param temperature What sampling temperature to use, between 0 and 2.
	 * @param topP An alternative to sampling with temperature, called nucleus sampling,
	 * where the model considers the results of the tokens with top_p probability mass.
	 * @param responseFormat Specifies the format that the model must output.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Assistant {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Assistant}.
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
	 * An item of a {@link Assistant}'s {@code tools}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Tool.Deserializer.class)
	public sealed interface Tool
			permits AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction, Tool.Unknown {

		/**
		 * A {@link Tool} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Tool, UnknownVariant {
		}

		/**
		 * Reads a {@link Tool} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Tool> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Tool>variants(Unknown::new)
					.discriminator("type")
					.object(AssistantToolsCode.class,
							VariantShape.declaring("type").requiring("type").values("type", "code_interpreter"))
					.object(AssistantToolsFileSearch.class,
							VariantShape.declaring("type", "file_search")
								.requiring("type")
								.values("type", "file_search"))
					.object(AssistantToolsFunction.class,
							VariantShape.declaring("type", "function")
								.requiring("type", "function")
								.values("type", "function")));
			}

		}

	}

	/**
	 * A set of resources that are used by the assistant's tools. The resources are
	 * specific to the type of tool. For example, the {@code code_interpreter} tool
	 * requires a list of file IDs, while the {@code file_search} tool requires a list of
	 * vector store IDs.
	 *
	 * @param codeInterpreter A
	 * {@link dev.reactiveai.openai.types.Assistant.ToolResources.CodeInterpreter} (the
	 * API description says no more).
	 * @param fileSearch A
	 * {@link dev.reactiveai.openai.types.Assistant.ToolResources.FileSearch} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ToolResources.Reader.class)
	public static record ToolResources(
			@JsonProperty("code_interpreter") ToolResources.@Nullable CodeInterpreter codeInterpreter,
			@JsonProperty("file_search") ToolResources.@Nullable FileSearch fileSearch,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ToolResources}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param codeInterpreter A
		 * {@link dev.reactiveai.openai.types.Assistant.ToolResources.CodeInterpreter}
		 * (the API description says no more).
		 * @param fileSearch A
		 * {@link dev.reactiveai.openai.types.Assistant.ToolResources.FileSearch} (the API
		 * description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ToolResources {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ToolResources}.
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
		 * A {@link ToolResources}'s {@code code_interpreter}.
		 *
		 * @param fileIds A list of
		 * <a href="https://platform.openai.com/docs/api-reference/files">file</a> IDs
		 * made available to the `code_interpreter`` tool. There can be a maximum of 20
		 * files associated with the tool.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = CodeInterpreter.Reader.class)
		public static record CodeInterpreter(@JsonProperty("file_ids") @Nullable List<String> fileIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link CodeInterpreter}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param fileIds A list of
			 * <a href="https://platform.openai.com/docs/api-reference/files">file</a> IDs
			 * made available to the `code_interpreter`` tool. There can be a maximum of
			 * 20 files associated with the tool.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public CodeInterpreter {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link CodeInterpreter}.
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
			 * Builds a {@link CodeInterpreter}.
			 */
			public static final class Builder {

				private @Nullable List<String> fileIds;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(CodeInterpreter source) {
					this.fileIds = (source.fileIds() != null) ? new ArrayList<>(source.fileIds()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A list of
				 * <a href="https://platform.openai.com/docs/api-reference/files">file</a>
				 * IDs made available to the `code_interpreter`` tool. There can be a
				 * maximum of 20 files associated with the tool.
				 * <p>
				 * Takes a copy of the list.
				 * @param fileIds the value
				 * @return this builder
				 */
				public Builder fileIds(@Nullable List<String> fileIds) {
					this.fileIds = (fileIds != null) ? new ArrayList<>(fileIds) : null;
					return this;
				}

				/**
				 * A list of
				 * <a href="https://platform.openai.com/docs/api-reference/files">file</a>
				 * IDs made available to the `code_interpreter`` tool. There can be a
				 * maximum of 20 files associated with the tool.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param fileId the item to add
				 * @return this builder
				 */
				public Builder addFileId(String fileId) {
					Objects.requireNonNull(fileId, "'fileId' must not be null");
					if (this.fileIds == null) {
						this.fileIds = new ArrayList<>();
					}
					this.fileIds.add(fileId);
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
				public CodeInterpreter build() {
					return new CodeInterpreter(
							(this.fileIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.fileIds)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link CodeInterpreter} from the parser's tokens; Jackson creates
			 * it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<CodeInterpreter> {

				Reader() {
					super(CodeInterpreter.class, "file_ids");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected CodeInterpreter create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new CodeInterpreter((List<String>) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link CodeInterpreter} without reflection; the client's mapper
			 * finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<CodeInterpreter> {

				Writer() {
					super(CodeInterpreter.class, "file_ids");
				}

				@Override
				protected @Nullable Object value(CodeInterpreter record, int index) {
					return switch (index) {
						case 0 -> record.fileIds();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(CodeInterpreter record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A {@link ToolResources}'s {@code file_search}.
		 *
		 * @param vectorStoreIds The ID of the <a href=
		 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
		 * store</a> attached to this assistant. There can be a maximum of 1 vector store
		 * attached to the assistant.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = FileSearch.Reader.class)
		public static record FileSearch(@JsonProperty("vector_store_ids") @Nullable List<String> vectorStoreIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link FileSearch}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param vectorStoreIds The ID of the <a href=
			 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
			 * store</a> attached to this assistant.
			 * @param additionalProperties properties that this version of the client does
			 * not know
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

				private @Nullable List<String> vectorStoreIds;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(FileSearch source) {
					this.vectorStoreIds = (source.vectorStoreIds() != null) ? new ArrayList<>(source.vectorStoreIds())
							: null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * The ID of the <a href=
				 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
				 * store</a> attached to this assistant.
				 * <p>
				 * Takes a copy of the list.
				 * @param vectorStoreIds the value
				 * @return this builder
				 */
				public Builder vectorStoreIds(@Nullable List<String> vectorStoreIds) {
					this.vectorStoreIds = (vectorStoreIds != null) ? new ArrayList<>(vectorStoreIds) : null;
					return this;
				}

				/**
				 * The ID of the <a href=
				 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
				 * store</a> attached to this assistant.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param vectorStoreId the item to add
				 * @return this builder
				 */
				public Builder addVectorStoreId(String vectorStoreId) {
					Objects.requireNonNull(vectorStoreId, "'vectorStoreId' must not be null");
					if (this.vectorStoreIds == null) {
						this.vectorStoreIds = new ArrayList<>();
					}
					this.vectorStoreIds.add(vectorStoreId);
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
					return new FileSearch(
							(this.vectorStoreIds != null)
									? Collections.unmodifiableList(new ArrayList<>(this.vectorStoreIds)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link FileSearch} from the parser's tokens; Jackson creates it
			 * from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<FileSearch> {

				Reader() {
					super(FileSearch.class, "vector_store_ids");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected FileSearch create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new FileSearch((List<String>) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link FileSearch} without reflection; the client's mapper finds
			 * it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<FileSearch> {

				Writer() {
					super(FileSearch.class, "vector_store_ids");
				}

				@Override
				protected @Nullable Object value(FileSearch record, int index) {
					return switch (index) {
						case 0 -> record.vectorStoreIds();
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
		 * Builds a {@link ToolResources}.
		 */
		public static final class Builder {

			private @Nullable CodeInterpreter codeInterpreter;

			private @Nullable FileSearch fileSearch;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(ToolResources source) {
				this.codeInterpreter = source.codeInterpreter();
				this.fileSearch = source.fileSearch();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A
			 * {@link dev.reactiveai.openai.types.Assistant.ToolResources.CodeInterpreter}
			 * (the API description says no more).
			 * @param codeInterpreter the value
			 * @return this builder
			 */
			public Builder codeInterpreter(@Nullable CodeInterpreter codeInterpreter) {
				this.codeInterpreter = codeInterpreter;
				return this;
			}

			/**
			 * A {@link dev.reactiveai.openai.types.Assistant.ToolResources.FileSearch}
			 * (the API description says no more).
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
			public ToolResources build() {
				return new ToolResources(this.codeInterpreter, this.fileSearch, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ToolResources} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ToolResources> {

			Reader() {
				super(ToolResources.class, "code_interpreter", "file_search");
			}

			@Override
			protected ToolResources create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ToolResources((CodeInterpreter) values[0], (FileSearch) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ToolResources} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ToolResources> {

			Writer() {
				super(ToolResources.class, "code_interpreter", "file_search");
			}

			@Override
			protected @Nullable Object value(ToolResources record, int index) {
				return switch (index) {
					case 0 -> record.codeInterpreter();
					case 1 -> record.fileSearch();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ToolResources record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link Assistant}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable String model;

		private @Nullable String instructions;

		private @Nullable List<Tool> tools;

		private @Nullable ToolResources toolResources;

		private @Nullable Map<String, String> metadata;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable AssistantsApiResponseFormatOption responseFormat;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "assistant";
		}

		private Builder(Assistant source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.name = source.name();
			this.description = source.description();
			this.model = source.model();
			this.instructions = source.instructions();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.toolResources = source.toolResources();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.responseFormat = source.responseFormat();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The identifier, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) for when the assistant was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * The name of the assistant.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The description of the assistant.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * ID of the model to use.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * The system instructions that the assistant uses.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * A list of tool enabled on the assistant.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value (required)
		 * @return this builder
		 */
		public Builder tools(@Nullable List<? extends Tool> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * A list of tool enabled on the assistant.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(Tool tool) {
			Objects.requireNonNull(tool, "'tool' must not be null");
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
			return this;
		}

		/**
		 * A set of resources that are used by the assistant's tools.
		 * @param toolResources the value
		 * @return this builder
		 */
		public Builder toolResources(@Nullable ToolResources toolResources) {
			this.toolResources = toolResources;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * What sampling temperature to use, between 0 and 2.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * An alternative to sampling with temperature, called nucleus sampling, where the
		 * model considers the results of the tokens with top_p probability mass.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Specifies the format that the model must output.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable AssistantsApiResponseFormatOption responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Specifies the format that the model must output.
		 * <p>
		 * Takes the value of a {@link AssistantsApiResponseFormatOption.AutoValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(AssistantsApiResponseFormatOption.Auto value) {
			return responseFormat(new AssistantsApiResponseFormatOption.AutoValue(value));
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
		public Assistant build() {
			return new Assistant(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.name, this.description,
					Objects.requireNonNull(this.model, "'model' is required"), this.instructions,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tools, "'tools' is required"))),
					this.toolResources,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.temperature, this.topP, this.responseFormat, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Assistant} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Assistant> {

		Reader() {
			super(Assistant.class, "id", "object", "created_at", "name", "description", "model", "instructions",
					"tools", "tool_resources", "metadata", "temperature", "top_p", "response_format");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Assistant create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Assistant((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (String) values[5], (String) values[6], (List<Tool>) values[7],
					(ToolResources) values[8], (Map<String, String>) values[9], (Double) values[10],
					(Double) values[11], (AssistantsApiResponseFormatOption) values[12], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Assistant} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Assistant> {

		Writer() {
			super(Assistant.class, "id", "object", "created_at", "name", "description", "model", "instructions",
					"tools", "tool_resources", "metadata", "temperature", "top_p", "response_format");
		}

		@Override
		protected @Nullable Object value(Assistant record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.name();
				case 4 -> record.description();
				case 5 -> record.model();
				case 6 -> record.instructions();
				case 7 -> record.tools();
				case 8 -> record.toolResources();
				case 9 -> record.metadata();
				case 10 -> record.temperature();
				case 11 -> record.topP();
				case 12 -> record.responseFormat();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Assistant record) {
			return record.additionalProperties();
		}

	}
}
