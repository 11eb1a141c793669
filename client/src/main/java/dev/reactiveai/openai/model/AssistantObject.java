// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.VariantShape;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents an `assistant` that can call the model and use tools.
 *
 * @param id The identifier, which can be referenced in API endpoints.
 * @param object The object type, which is always `assistant`.
 * @param createdAt The Unix timestamp (in seconds) for when the assistant was created.
 * @param name the {@code name} property
 * @param description the {@code description} property
 * @param model ID of the model to use.
 * @param instructions the {@code instructions} property
 * @param tools A list of tool enabled on the assistant.
 * @param toolResources the {@code tool_resources} property
 * @param metadata the {@code metadata} property
 * @param temperature the {@code temperature} property
 * @param topP the {@code top_p} property
 * @param responseFormat the {@code response_format} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record AssistantObject(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("name") @Nullable String name,
		@JsonProperty("description") @Nullable String description, @JsonProperty("model") String model,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("tools") List<AssistantObject.ToolsItem> tools,
		@JsonProperty("tool_resources") AssistantObject.@Nullable ToolResources toolResources,
		@JsonProperty("metadata") Map<String, String> metadata,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("response_format") @Nullable AssistantsApiResponseFormatOption responseFormat,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public AssistantObject {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link AssistantObject}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ToolsItem.Deserializer.class)
	public sealed interface ToolsItem
			permits AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction, ToolsItem.Unknown {

		/**
		 * A {@link ToolsItem} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ToolsItem, UnknownVariant {
		}

		/**
		 * Reads a {@link ToolsItem} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ToolsItem> {

			public Deserializer() {
				super(UnionDeserializer.<ToolsItem>variants(Unknown::new)
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
	 * specific to the type of tool. For example, the `code_interpreter` tool requires a
	 * list of file IDs, while the `file_search` tool requires a list of vector store IDs.
	 *
	 * @param codeInterpreter the {@code code_interpreter} property
	 * @param fileSearch the {@code file_search} property
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public static record ToolResources(
			@JsonProperty("code_interpreter") ToolResources.@Nullable CodeInterpreter codeInterpreter,
			@JsonProperty("file_search") ToolResources.@Nullable FileSearch fileSearch,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		public ToolResources {
			additionalProperties = (additionalProperties != null)
					? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
		}

		/**
		 * A builder of {@link ToolResources}.
		 */
		public static Builder builder() {
			return new Builder();
		}

		/**
		 * A builder that starts from this value.
		 */
		public Builder toBuilder() {
			return new Builder(this);
		}

		/**
		 * @param fileIds A list of [file](/docs/api-reference/files) IDs made available
		 * to the `code_interpreter`` tool.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public static record CodeInterpreter(@JsonProperty("file_ids") @Nullable List<String> fileIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			public CodeInterpreter {
				additionalProperties = (additionalProperties != null)
						? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
			}

			/**
			 * A builder of {@link CodeInterpreter}.
			 */
			public static Builder builder() {
				return new Builder();
			}

			/**
			 * A builder that starts from this value.
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
					this.fileIds = source.fileIds();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Set {@code file_ids}: A list of [file](/docs/api-reference/files) IDs
				 * made available to the `code_interpreter`` tool. There can be a maximum
				 * of 20 files associated with the tool.
				 * @param fileIds the value
				 * @return this builder
				 */
				public Builder fileIds(@Nullable List<String> fileIds) {
					this.fileIds = fileIds;
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
					return new CodeInterpreter(this.fileIds, this.additionalProperties);
				}

			}
		}

		/**
		 * @param vectorStoreIds The ID of the [vector
		 * store](/docs/api-reference/vector-stores/object) attached to this assistant.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public static record FileSearch(@JsonProperty("vector_store_ids") @Nullable List<String> vectorStoreIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			public FileSearch {
				additionalProperties = (additionalProperties != null)
						? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
			}

			/**
			 * A builder of {@link FileSearch}.
			 */
			public static Builder builder() {
				return new Builder();
			}

			/**
			 * A builder that starts from this value.
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
					this.vectorStoreIds = source.vectorStoreIds();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * Set {@code vector_store_ids}: The ID of the [vector
				 * store](/docs/api-reference/vector-stores/object) attached to this
				 * assistant. There can be a maximum of 1 vector store attached to the
				 * assistant.
				 * @param vectorStoreIds the value
				 * @return this builder
				 */
				public Builder vectorStoreIds(@Nullable List<String> vectorStoreIds) {
					this.vectorStoreIds = vectorStoreIds;
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
					return new FileSearch(this.vectorStoreIds, this.additionalProperties);
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
			 * Set {@code code_interpreter}.
			 * @param codeInterpreter the value
			 * @return this builder
			 */
			public Builder codeInterpreter(@Nullable CodeInterpreter codeInterpreter) {
				this.codeInterpreter = codeInterpreter;
				return this;
			}

			/**
			 * Set {@code file_search}.
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
	}

	/**
	 * Builds a {@link AssistantObject}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable String model;

		private @Nullable String instructions;

		private @Nullable List<ToolsItem> tools;

		private @Nullable ToolResources toolResources;

		private @Nullable Map<String, String> metadata;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable AssistantsApiResponseFormatOption responseFormat;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "assistant";
		}

		private Builder(AssistantObject source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.name = source.name();
			this.description = source.description();
			this.model = source.model();
			this.instructions = source.instructions();
			this.tools = source.tools();
			this.toolResources = source.toolResources();
			this.metadata = source.metadata();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.responseFormat = source.responseFormat();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code id}: The identifier, which can be referenced in API endpoints.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Set {@code object}: The object type, which is always `assistant`.
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Set {@code created_at}: The Unix timestamp (in seconds) for when the assistant
		 * was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Set {@code name}.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Set {@code description}.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * Set {@code model}: ID of the model to use. You can use the [List
		 * models](/docs/api-reference/models/list) API to see all of your available
		 * models, or see our [Model overview](/docs/models) for descriptions of them.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code instructions}.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * Set {@code tools}: A list of tool enabled on the assistant. There can be a
		 * maximum of 128 tools per assistant. Tools can be of types `code_interpreter`,
		 * `file_search`, or `function`.
		 * @param tools the value (required)
		 * @return this builder
		 */
		public Builder tools(@Nullable List<ToolsItem> tools) {
			this.tools = tools;
			return this;
		}

		/**
		 * Set {@code tool_resources}.
		 * @param toolResources the value
		 * @return this builder
		 */
		public Builder toolResources(@Nullable ToolResources toolResources) {
			this.toolResources = toolResources;
			return this;
		}

		/**
		 * Set {@code metadata}.
		 * @param metadata the value (required)
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * Set {@code temperature}.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * Set {@code top_p}.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * Set {@code response_format}.
		 * @param responseFormat the value
		 * @return this builder
		 */
		public Builder responseFormat(@Nullable AssistantsApiResponseFormatOption responseFormat) {
			this.responseFormat = responseFormat;
			return this;
		}

		/**
		 * Set {@code response_format} to a
		 * {@link AssistantsApiResponseFormatOption.ItemValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder responseFormat(AssistantsApiResponseFormatOption.Item value) {
			return responseFormat(new AssistantsApiResponseFormatOption.ItemValue(value));
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
		public AssistantObject build() {
			return new AssistantObject(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.name, this.description,
					Objects.requireNonNull(this.model, "'model' is required"), this.instructions,
					Objects.requireNonNull(this.tools, "'tools' is required"), this.toolResources,
					Objects.requireNonNull(this.metadata, "'metadata' is required"), this.temperature, this.topP,
					this.responseFormat, this.additionalProperties);
		}

	}
}
