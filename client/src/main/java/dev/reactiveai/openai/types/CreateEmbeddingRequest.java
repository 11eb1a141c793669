// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /embeddings}: Creates an embedding vector representing
 * the input text.
 *
 * @param input Input text to embed, encoded as a string or array of tokens. To embed
 * multiple inputs in a single request, pass an array of strings or array of token arrays.
 * The input must not exceed the max input tokens for the model (8192 tokens for all
 * embedding models), cannot be an empty string, and any array must be 2048 dimensions or
 * less. <a href=
 * "https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken">Example Python
 * code</a> for counting tokens. In addition to the per-input token limit, all embedding
 * models enforce a maximum of 300,000 tokens summed across all inputs in a single
 * request.
 * @param model ID of the model to use. You can use the
 * <a href="https://platform.openai.com/docs/api-reference/models/list">List models</a>
 * API to see all of your available models, or see our
 * <a href="https://platform.openai.com/docs/models">Model overview</a> for descriptions
 * of them.
 * @param encodingFormat The format to return the embeddings in. Can be either
 * {@code float} or <a href="https://pypi.org/project/pybase64/">{@code base64}</a>.
 * @param dimensions The number of dimensions the resulting output embeddings should have.
 * Only supported in {@code text-embedding-3} and later models.
 * @param user A unique identifier representing your end-user, which can help OpenAI to
 * monitor and detect abuse. <a href=
 * "https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids">Learn
 * more</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateEmbeddingRequest.Reader.class)
public record CreateEmbeddingRequest(@JsonProperty("input") CreateEmbeddingRequest.Input input,
		@JsonProperty("model") CreateEmbeddingRequest.Model model,
		@JsonProperty("encoding_format") CreateEmbeddingRequest.@Nullable EncodingFormat encodingFormat,
		@JsonProperty("dimensions") @Nullable Long dimensions, @JsonProperty("user") @Nullable String user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateEmbeddingRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param input Input text to embed, encoded as a string or array of tokens.
	 * @param model ID of the model to use.
	 * @param encodingFormat The format to return the embeddings in.
	 * @param dimensions The number of dimensions the resulting output embeddings should
	 * have.
	 * @param user A unique identifier representing your end-user, which can help OpenAI
	 * to monitor and detect abuse.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEmbeddingRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateEmbeddingRequest}.
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
	 * Input text to embed, encoded as a string or array of tokens. To embed multiple
	 * inputs in a single request, pass an array of strings or array of token arrays. The
	 * input must not exceed the max input tokens for the model (8192 tokens for all
	 * embedding models), cannot be an empty string, and any array must be 2048 dimensions
	 * or less. <a href=
	 * "https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken">Example
	 * Python code</a> for counting tokens. In addition to the per-input token limit, all
	 * embedding models enforce a maximum of 300,000 tokens summed across all inputs in a
	 * single request.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Input.Deserializer.class)
	public sealed interface Input permits Input.StringValue, Input.StringList, Input.Unknown {

		/**
		 * A {@link Input} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Input {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Input} that is a {@code List<String>}.
		 *
		 * @param value the value
		 */
		record StringList(@JsonValue List<String> value) implements Input {
			/**
			 * Creates a {@link StringList}, rejecting a null value.
			 * @param value the value
			 */
			public StringList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Input} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Input, UnknownVariant {
		}

		/**
		 * Reads a {@link Input} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Input> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Input>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<String>>() {
					}, StringList::new));
			}

		}

	}

	/**
	 * ID of the model to use. You can use the
	 * <a href="https://platform.openai.com/docs/api-reference/models/list">List
	 * models</a> API to see all of your available models, or see our
	 * <a href="https://platform.openai.com/docs/models">Model overview</a> for
	 * descriptions of them.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Model(@JsonValue String value) {
		/**
		 * The value {@code text-embedding-ada-002}.
		 */
		public static final Model TEXT_EMBEDDING_ADA_002 = new Model("text-embedding-ada-002");

		/**
		 * The value {@code text-embedding-3-small}.
		 */
		public static final Model TEXT_EMBEDDING_3_SMALL = new Model("text-embedding-3-small");

		/**
		 * The value {@code text-embedding-3-large}.
		 */
		public static final Model TEXT_EMBEDDING_3_LARGE = new Model("text-embedding-3-large");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Model {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Model of(String value) {
			return switch (value) {
				case "text-embedding-ada-002" -> TEXT_EMBEDDING_ADA_002;
				case "text-embedding-3-small" -> TEXT_EMBEDDING_3_SMALL;
				case "text-embedding-3-large" -> TEXT_EMBEDDING_3_LARGE;
				default -> new Model(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "text-embedding-ada-002", "text-embedding-3-small", "text-embedding-3-large" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * The format to return the embeddings in. Can be either {@code float} or
	 * <a href="https://pypi.org/project/pybase64/">{@code base64}</a>.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record EncodingFormat(@JsonValue String value) {
		/**
		 * The value {@code float}.
		 */
		public static final EncodingFormat FLOAT = new EncodingFormat("float");

		/**
		 * The value {@code base64}.
		 */
		public static final EncodingFormat BASE64 = new EncodingFormat("base64");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public EncodingFormat {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static EncodingFormat of(String value) {
			return switch (value) {
				case "float" -> FLOAT;
				case "base64" -> BASE64;
				default -> new EncodingFormat(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "float", "base64" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link CreateEmbeddingRequest}.
	 */
	public static final class Builder {

		private @Nullable Input input;

		private @Nullable Model model;

		private @Nullable EncodingFormat encodingFormat;

		private @Nullable Long dimensions;

		private @Nullable String user;

		/**
		 * The list that {@code input} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<String> inputAdded;

		private Input.@Nullable StringList inputAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateEmbeddingRequest source) {
			this.input = source.input();
			this.model = source.model();
			this.encodingFormat = source.encodingFormat();
			this.dimensions = source.dimensions();
			this.user = source.user();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Input text to embed, encoded as a string or array of tokens.
		 * @param input the value (required)
		 * @return this builder
		 */
		public Builder input(@Nullable Input input) {
			this.input = input;
			return this;
		}

		/**
		 * Input text to embed, encoded as a string or array of tokens.
		 * <p>
		 * Takes the value of a {@link Input.StringValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder input(String value) {
			return input(new Input.StringValue(value));
		}

		/**
		 * Input text to embed, encoded as a string or array of tokens.
		 * <p>
		 * Takes the value of a {@link Input.StringList}, copying the list.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder input(List<String> value) {
			return input(new Input.StringList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * Input text to embed, encoded as a string or array of tokens.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param input the item to add
		 * @return this builder
		 */
		public Builder addInput(String input) {
			Objects.requireNonNull(input, "'input' must not be null");
			if (this.inputAdded == null || this.input != this.inputAddedTo) {
				List<String> items = new ArrayList<>();
				if (this.input instanceof Input.StringList held) {
					items.addAll(held.value());
				}
				else if (this.input != null) {
					throw new IllegalStateException("Cannot add to 'input', which holds a "
							+ this.input.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.inputAdded = items;
				this.inputAddedTo = new Input.StringList(Collections.unmodifiableList(items));
				this.input = this.inputAddedTo;
			}
			this.inputAdded.add(input);
			return this;
		}

		/**
		 * ID of the model to use.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable Model model) {
			this.model = model;
			return this;
		}

		/**
		 * ID of the model to use.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(Model.of(value));
		}

		/**
		 * The format to return the embeddings in.
		 * @param encodingFormat the value
		 * @return this builder
		 */
		public Builder encodingFormat(@Nullable EncodingFormat encodingFormat) {
			this.encodingFormat = encodingFormat;
			return this;
		}

		/**
		 * The format to return the embeddings in.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder encodingFormat(String value) {
			return encodingFormat(EncodingFormat.of(value));
		}

		/**
		 * The number of dimensions the resulting output embeddings should have.
		 * @param dimensions the value
		 * @return this builder
		 */
		public Builder dimensions(@Nullable Long dimensions) {
			this.dimensions = dimensions;
			return this;
		}

		/**
		 * A unique identifier representing your end-user, which can help OpenAI to
		 * monitor and detect abuse.
		 * @param user the value
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
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
		public CreateEmbeddingRequest build() {
			CreateEmbeddingRequest value = new CreateEmbeddingRequest(
					Objects.requireNonNull(this.input, "'input' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.encodingFormat, this.dimensions,
					this.user, this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.inputAdded = null;
			this.inputAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link CreateEmbeddingRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEmbeddingRequest> {

		Reader() {
			super(CreateEmbeddingRequest.class, "input", "model", "encoding_format", "dimensions", "user");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Model.of(value);
				case 2 -> EncodingFormat.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CreateEmbeddingRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEmbeddingRequest((Input) values[0], (Model) values[1], (EncodingFormat) values[2],
					(Long) values[3], (String) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEmbeddingRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEmbeddingRequest> {

		Writer() {
			super(CreateEmbeddingRequest.class, "input", "model", "encoding_format", "dimensions", "user");
		}

		@Override
		protected @Nullable Object value(CreateEmbeddingRequest record, int index) {
			return switch (index) {
				case 0 -> record.input();
				case 1 -> record.model();
				case 2 -> record.encodingFormat();
				case 3 -> record.dimensions();
				case 4 -> record.user();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEmbeddingRequest record) {
			return record.additionalProperties();
		}

	}
}
