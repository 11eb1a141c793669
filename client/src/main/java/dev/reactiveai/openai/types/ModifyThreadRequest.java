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
 * The request body of {@code POST /threads/{thread_id}}: Modifies a thread.
 *
 * @param toolResources A set of resources that are made available to the assistant's
 * tools in this thread. The resources are specific to the type of tool. For example, the
 * {@code code_interpreter} tool requires a list of file IDs, while the
 * {@code file_search} tool requires a list of vector store IDs.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ModifyThreadRequest.Reader.class)
public record ModifyThreadRequest(
		@JsonProperty("tool_resources") ModifyThreadRequest.@Nullable ToolResources toolResources,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ModifyThreadRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param toolResources A set of resources that are made available to the assistant's
	 * tools in this thread.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ModifyThreadRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ModifyThreadRequest}.
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
	 * A set of resources that are made available to the assistant's tools in this thread.
	 * The resources are specific to the type of tool. For example, the
	 * {@code code_interpreter} tool requires a list of file IDs, while the
	 * {@code file_search} tool requires a list of vector store IDs.
	 *
	 * @param codeInterpreter A
	 * {@link dev.reactiveai.openai.types.ModifyThreadRequest.ToolResources.CodeInterpreter}
	 * (the API description says no more).
	 * @param fileSearch A
	 * {@link dev.reactiveai.openai.types.ModifyThreadRequest.ToolResources.FileSearch}
	 * (the API description says no more).
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
		 * {@link dev.reactiveai.openai.types.ModifyThreadRequest.ToolResources.CodeInterpreter}
		 * (the API description says no more).
		 * @param fileSearch A
		 * {@link dev.reactiveai.openai.types.ModifyThreadRequest.ToolResources.FileSearch}
		 * (the API description says no more).
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
		 * made available to the {@code code_interpreter} tool. There can be a maximum of
		 * 20 files associated with the tool.
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
			 * made available to the {@code code_interpreter} tool.
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
				 * IDs made available to the {@code code_interpreter} tool.
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
				 * IDs made available to the {@code code_interpreter} tool.
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
		 * @param vectorStoreIds The <a href=
		 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
		 * store</a> attached to this thread. There can be a maximum of 1 vector store
		 * attached to the thread.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = FileSearch.Reader.class)
		public static record FileSearch(@JsonProperty("vector_store_ids") @Nullable List<String> vectorStoreIds,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link FileSearch}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param vectorStoreIds The <a href=
			 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
			 * store</a> attached to this thread.
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
				 * The <a href=
				 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
				 * store</a> attached to this thread.
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
				 * The <a href=
				 * "https://platform.openai.com/docs/api-reference/vector-stores/object">vector
				 * store</a> attached to this thread.
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
			 * {@link dev.reactiveai.openai.types.ModifyThreadRequest.ToolResources.CodeInterpreter}
			 * (the API description says no more).
			 * @param codeInterpreter the value
			 * @return this builder
			 */
			public Builder codeInterpreter(@Nullable CodeInterpreter codeInterpreter) {
				this.codeInterpreter = codeInterpreter;
				return this;
			}

			/**
			 * A
			 * {@link dev.reactiveai.openai.types.ModifyThreadRequest.ToolResources.FileSearch}
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
	 * Builds a {@link ModifyThreadRequest}.
	 */
	public static final class Builder {

		private @Nullable ToolResources toolResources;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ModifyThreadRequest source) {
			this.toolResources = source.toolResources();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A set of resources that are made available to the assistant's tools in this
		 * thread.
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
		public ModifyThreadRequest build() {
			return new ModifyThreadRequest(this.toolResources,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ModifyThreadRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ModifyThreadRequest> {

		Reader() {
			super(ModifyThreadRequest.class, "tool_resources", "metadata");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ModifyThreadRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ModifyThreadRequest((ToolResources) values[0], (Map<String, String>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ModifyThreadRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ModifyThreadRequest> {

		Writer() {
			super(ModifyThreadRequest.class, "tool_resources", "metadata");
		}

		@Override
		protected @Nullable Object value(ModifyThreadRequest record, int index) {
			return switch (index) {
				case 0 -> record.toolResources();
				case 1 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ModifyThreadRequest record) {
			return record.additionalProperties();
		}

	}
}
