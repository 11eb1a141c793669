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
 * Options to create a new thread. If no thread is provided when running a request, an
 * empty thread will be created.
 *
 * @param messages A list of
 * <a href="https://platform.openai.com/docs/api-reference/messages">messages</a> to start
 * the thread with.
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
@JsonDeserialize(using = CreateThreadRequest.Reader.class)
public record CreateThreadRequest(@JsonProperty("messages") @Nullable List<CreateMessageRequest> messages,
		@JsonProperty("tool_resources") CreateThreadRequest.@Nullable ToolResources toolResources,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateThreadRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param messages A list of
	 * <a href="https://platform.openai.com/docs/api-reference/messages">messages</a> to
	 * start the thread with.
	 * @param toolResources A set of resources that are made available to the assistant's
	 * tools in this thread.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateThreadRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateThreadRequest}.
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
	 * {@link dev.reactiveai.openai.types.CreateThreadRequest.ToolResources.CodeInterpreter}
	 * (the API description says no more).
	 * @param fileSearch A
	 * {@link dev.reactiveai.openai.types.CreateThreadRequest.ToolResources.FileSearch}
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
		 * {@link dev.reactiveai.openai.types.CreateThreadRequest.ToolResources.CodeInterpreter}
		 * (the API description says no more).
		 * @param fileSearch A
		 * {@link dev.reactiveai.openai.types.CreateThreadRequest.ToolResources.FileSearch}
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
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = FileSearch.Deserializer.class)
		public sealed interface FileSearch permits FileSearch.AnyValue, FileSearch.Unknown {

			/**
			 * A {@link FileSearch} that is a {@code Object}.
			 *
			 * @param value the value
			 */
			record AnyValue(@JsonValue Object value) implements FileSearch {
				/**
				 * Creates a {@link AnyValue}, rejecting a null value.
				 * @param value the value
				 */
				public AnyValue {
					Objects.requireNonNull(value, "'value' must not be null");
				}
			}

			/**
			 * A {@link FileSearch} that this version of the client does not recognize,
			 * kept as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements FileSearch, UnknownVariant {
			}

			/**
			 * Reads a {@link FileSearch} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<FileSearch> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<FileSearch>variants(Unknown::new)
						.objectValue(Object.class, AnyValue::new));
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
			 * {@link dev.reactiveai.openai.types.CreateThreadRequest.ToolResources.CodeInterpreter}
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
			 * {@link dev.reactiveai.openai.types.CreateThreadRequest.ToolResources.FileSearch}
			 * (the API description says no more).
			 * @param fileSearch the value
			 * @return this builder
			 */
			public Builder fileSearch(@Nullable FileSearch fileSearch) {
				this.fileSearch = fileSearch;
				return this;
			}

			/**
			 * A
			 * {@link dev.reactiveai.openai.types.CreateThreadRequest.ToolResources.FileSearch}
			 * (the API description says no more).
			 * <p>
			 * Takes the value of a {@link FileSearch.AnyValue}.
			 * @param value the value
			 * @return this builder
			 */
			public Builder fileSearch(Object value) {
				return fileSearch(new FileSearch.AnyValue(value));
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
	 * Builds a {@link CreateThreadRequest}.
	 */
	public static final class Builder {

		private @Nullable List<CreateMessageRequest> messages;

		private @Nullable ToolResources toolResources;

		private @Nullable Map<String, String> metadata;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateThreadRequest source) {
			this.messages = (source.messages() != null) ? new ArrayList<>(source.messages()) : null;
			this.toolResources = source.toolResources();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of
		 * <a href="https://platform.openai.com/docs/api-reference/messages">messages</a>
		 * to start the thread with.
		 * <p>
		 * Takes a copy of the list.
		 * @param messages the value
		 * @return this builder
		 */
		public Builder messages(@Nullable List<CreateMessageRequest> messages) {
			this.messages = (messages != null) ? new ArrayList<>(messages) : null;
			return this;
		}

		/**
		 * A list of
		 * <a href="https://platform.openai.com/docs/api-reference/messages">messages</a>
		 * to start the thread with.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param message the item to add
		 * @return this builder
		 */
		public Builder addMessage(CreateMessageRequest message) {
			Objects.requireNonNull(message, "'message' must not be null");
			if (this.messages == null) {
				this.messages = new ArrayList<>();
			}
			this.messages.add(message);
			return this;
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
		public CreateThreadRequest build() {
			return new CreateThreadRequest(
					(this.messages != null) ? Collections.unmodifiableList(new ArrayList<>(this.messages)) : null,
					this.toolResources,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateThreadRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateThreadRequest> {

		Reader() {
			super(CreateThreadRequest.class, "messages", "tool_resources", "metadata");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateThreadRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateThreadRequest((List<CreateMessageRequest>) values[0], (ToolResources) values[1],
					(Map<String, String>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateThreadRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateThreadRequest> {

		Writer() {
			super(CreateThreadRequest.class, "messages", "tool_resources", "metadata");
		}

		@Override
		protected @Nullable Object value(CreateThreadRequest record, int index) {
			return switch (index) {
				case 0 -> record.messages();
				case 1 -> record.toolResources();
				case 2 -> record.metadata();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateThreadRequest record) {
			return record.additionalProperties();
		}

	}
}
