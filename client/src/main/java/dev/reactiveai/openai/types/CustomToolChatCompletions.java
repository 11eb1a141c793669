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
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A custom tool that processes input using a specified format.
 *
 * @param type The type of the custom tool. Always {@code custom}.
 * @param custom Properties of the custom tool.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CustomToolChatCompletions.Reader.class)
public record CustomToolChatCompletions(@JsonProperty("type") String type,
		@JsonProperty("custom") CustomToolChatCompletions.Custom custom,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateChatCompletionRequest.Tool {

	/**
	 * Creates a {@link CustomToolChatCompletions}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the custom tool.
	 * @param custom Properties of the custom tool.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CustomToolChatCompletions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CustomToolChatCompletions}.
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
	 * Properties of the custom tool.
	 *
	 * @param name The name of the custom tool, used to identify it in tool calls.
	 * @param description Optional description of the custom tool, used to provide more
	 * context.
	 * @param format The input format for the custom tool. Default is unconstrained text.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Custom.Reader.class)
	public static record Custom(@JsonProperty("name") String name,
			@JsonProperty("description") @Nullable String description,
			@JsonProperty("format") Custom.@Nullable Format format,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Custom}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param name The name of the custom tool, used to identify it in tool calls.
		 * @param description Optional description of the custom tool, used to provide
		 * more context.
		 * @param format The input format for the custom tool.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Custom {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Custom}.
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
		 * The input format for the custom tool. Default is unconstrained text.
		 * <p>
		 * One of the variants nested here or implementing this interface; {@link Unknown}
		 * holds JSON that this version of the client does not recognize.
		 */
		@JsonDeserialize(using = Format.Deserializer.class)
		public sealed interface Format permits Format.TextFormat, Format.GrammarFormat, Format.Unknown {

			/**
			 * Unconstrained free-form text.
			 *
			 * @param type Unconstrained text format. Always {@code text}.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			@JsonDeserialize(using = TextFormat.Reader.class)
			record TextFormat(@JsonProperty("type") String type,
					@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Format {

				/**
				 * Creates a {@link TextFormat}, filling in {@code type} with its single
				 * possible value when absent; {@code additionalProperties} becomes an
				 * unmodifiable copy, empty for null.
				 * @param type Unconstrained text format.
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				public TextFormat {
					additionalProperties = AdditionalProperties.copyOf(additionalProperties);
				}

				/**
				 * A builder of {@link TextFormat}.
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
				 * Builds a {@link TextFormat}.
				 */
				public static final class Builder {

					private @Nullable String type;

					private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

					private Builder() {
						this.type = "text";
					}

					private Builder(TextFormat source) {
						this.type = source.type();
						this.additionalProperties.putAll(source.additionalProperties());
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
					public TextFormat build() {
						return new TextFormat(this.type, this.additionalProperties);
					}

				}

				/**
				 * Reads a {@link TextFormat} from the parser's tokens; Jackson creates it
				 * from {@code @JsonDeserialize}.
				 */
				static final class Reader extends RecordDeserializer<TextFormat> {

					Reader() {
						super(TextFormat.class, "type");
					}

					@Override
					protected TextFormat create(@Nullable Object[] values,
							@Nullable Map<String, Object> additionalProperties) {
						return new TextFormat((String) values[0], additionalProperties);
					}

				}

				/**
				 * Writes a {@link TextFormat} without reflection; the client's mapper
				 * finds it ({@code GeneratedWriters}).
				 */
				static final class Writer extends RecordSerializer<TextFormat> {

					Writer() {
						super(TextFormat.class, "type");
					}

					@Override
					protected @Nullable Object value(TextFormat record, int index) {
						return switch (index) {
							case 0 -> record.type();
							default -> throw new IndexOutOfBoundsException(index);
						};
					}

					@Override
					protected Map<String, Object> additionalProperties(TextFormat record) {
						return record.additionalProperties();
					}

				}
			}

			/**
			 * A grammar defined by the user.
			 *
			 * @param type Grammar format. Always {@code grammar}.
			 * @param grammar Your chosen grammar.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			@JsonDeserialize(using = GrammarFormat.Reader.class)
			record GrammarFormat(@JsonProperty("type") String type,
					@JsonProperty("grammar") GrammarFormat.Grammar grammar,
					@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Format {

				/**
				 * Creates a {@link GrammarFormat}, filling in {@code type} with its
				 * single possible value when absent; {@code additionalProperties} becomes
				 * an unmodifiable copy, empty for null.
				 * @param type Grammar format.
				 * @param grammar Your chosen grammar.
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				public GrammarFormat {
					additionalProperties = AdditionalProperties.copyOf(additionalProperties);
				}

				/**
				 * A builder of {@link GrammarFormat}.
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
				 * Your chosen grammar.
				 *
				 * @param definition The grammar definition.
				 * @param syntax The syntax of the grammar definition. One of {@code lark}
				 * or {@code regex}.
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				@JsonDeserialize(using = Grammar.Reader.class)
				public static record Grammar(@JsonProperty("definition") String definition,
						@JsonProperty("syntax") Grammar.Syntax syntax,
						@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

					/**
					 * Creates a {@link Grammar}; {@code additionalProperties} becomes an
					 * unmodifiable copy, empty for null.
					 * @param definition The grammar definition.
					 * @param syntax The syntax of the grammar definition.
					 * @param additionalProperties properties that this version of the
					 * client does not know
					 */
					public Grammar {
						additionalProperties = AdditionalProperties.copyOf(additionalProperties);
					}

					/**
					 * A builder of {@link Grammar}.
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
					 * The syntax of the grammar definition. One of {@code lark} or
					 * {@code regex}.
					 * <p>
					 * An open set: values this version does not know are kept as they
					 * are.
					 *
					 * @param value the value as the API spells it
					 */
					public static record Syntax(@JsonValue String value) {
						/**
						 * The value {@code lark}.
						 */
						public static final Syntax LARK = new Syntax("lark");

						/**
						 * The value {@code regex}.
						 */
						public static final Syntax REGEX = new Syntax("regex");

						/**
						 * Creates a value, rejecting null; {@link #of(String)} gives the
						 * constant for a known one.
						 * @param value the value as the API spells it
						 */
						public Syntax {
							Objects.requireNonNull(value, "'value' must not be null");
						}

						/**
						 * The value for the given text: a constant when it is known.
						 * @param value the value as the API spells it
						 * @return the value
						 */
						@JsonCreator
						public static Syntax of(String value) {
							return switch (value) {
								case "lark" -> LARK;
								case "regex" -> REGEX;
								default -> new Syntax(value);
							};
						}

						/**
						 * Whether this version of the client knows the value.
						 * @return whether the value is one of the constants
						 */
						public boolean isKnown() {
							return switch (this.value) {
								case "lark", "regex" -> true;
								default -> false;
							};
						}

						@Override
						public String toString() {
							return this.value;
						}
					}

					/**
					 * Builds a {@link Grammar}.
					 */
					public static final class Builder {

						private @Nullable String definition;

						private @Nullable Syntax syntax;

						private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

						private Builder() {
						}

						private Builder(Grammar source) {
							this.definition = source.definition();
							this.syntax = source.syntax();
							this.additionalProperties.putAll(source.additionalProperties());
						}

						/**
						 * The grammar definition.
						 * @param definition the value (required)
						 * @return this builder
						 */
						public Builder definition(@Nullable String definition) {
							this.definition = definition;
							return this;
						}

						/**
						 * The syntax of the grammar definition.
						 * @param syntax the value (required)
						 * @return this builder
						 */
						public Builder syntax(@Nullable Syntax syntax) {
							this.syntax = syntax;
							return this;
						}

						/**
						 * The syntax of the grammar definition.
						 * <p>
						 * Takes the value as the API spells it, known to this client or
						 * not.
						 * @param value the value (required)
						 * @return this builder
						 */
						public Builder syntax(String value) {
							return syntax(Syntax.of(value));
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
						public Grammar build() {
							return new Grammar(Objects.requireNonNull(this.definition, "'definition' is required"),
									Objects.requireNonNull(this.syntax, "'syntax' is required"),
									this.additionalProperties);
						}

					}

					/**
					 * Reads a {@link Grammar} from the parser's tokens; Jackson creates
					 * it from {@code @JsonDeserialize}.
					 */
					static final class Reader extends RecordDeserializer<Grammar> {

						Reader() {
							super(Grammar.class, "definition", "syntax");
						}

						@Override
						protected Object openEnum(int index, String value) {
							return switch (index) {
								case 1 -> Syntax.of(value);
								default -> super.openEnum(index, value);
							};
						}

						@Override
						protected Grammar create(@Nullable Object[] values,
								@Nullable Map<String, Object> additionalProperties) {
							return new Grammar((String) values[0], (Syntax) values[1], additionalProperties);
						}

					}

					/**
					 * Writes a {@link Grammar} without reflection; the client's mapper
					 * finds it ({@code GeneratedWriters}).
					 */
					static final class Writer extends RecordSerializer<Grammar> {

						Writer() {
							super(Grammar.class, "definition", "syntax");
						}

						@Override
						protected @Nullable Object value(Grammar record, int index) {
							return switch (index) {
								case 0 -> record.definition();
								case 1 -> record.syntax();
								default -> throw new IndexOutOfBoundsException(index);
							};
						}

						@Override
						protected Map<String, Object> additionalProperties(Grammar record) {
							return record.additionalProperties();
						}

					}
				}

				/**
				 * Builds a {@link GrammarFormat}.
				 */
				public static final class Builder {

					private @Nullable String type;

					private @Nullable Grammar grammar;

					private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

					private Builder() {
						this.type = "grammar";
					}

					private Builder(GrammarFormat source) {
						this.type = source.type();
						this.grammar = source.grammar();
						this.additionalProperties.putAll(source.additionalProperties());
					}

					/**
					 * Your chosen grammar.
					 * @param grammar the value (required)
					 * @return this builder
					 */
					public Builder grammar(@Nullable Grammar grammar) {
						this.grammar = grammar;
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
					public GrammarFormat build() {
						return new GrammarFormat(this.type,
								Objects.requireNonNull(this.grammar, "'grammar' is required"),
								this.additionalProperties);
					}

				}

				/**
				 * Reads a {@link GrammarFormat} from the parser's tokens; Jackson creates
				 * it from {@code @JsonDeserialize}.
				 */
				static final class Reader extends RecordDeserializer<GrammarFormat> {

					Reader() {
						super(GrammarFormat.class, "type", "grammar");
					}

					@Override
					protected GrammarFormat create(@Nullable Object[] values,
							@Nullable Map<String, Object> additionalProperties) {
						return new GrammarFormat((String) values[0], (Grammar) values[1], additionalProperties);
					}

				}

				/**
				 * Writes a {@link GrammarFormat} without reflection; the client's mapper
				 * finds it ({@code GeneratedWriters}).
				 */
				static final class Writer extends RecordSerializer<GrammarFormat> {

					Writer() {
						super(GrammarFormat.class, "type", "grammar");
					}

					@Override
					protected @Nullable Object value(GrammarFormat record, int index) {
						return switch (index) {
							case 0 -> record.type();
							case 1 -> record.grammar();
							default -> throw new IndexOutOfBoundsException(index);
						};
					}

					@Override
					protected Map<String, Object> additionalProperties(GrammarFormat record) {
						return record.additionalProperties();
					}

				}
			}

			/**
			 * A {@link Format} that this version of the client does not recognize, kept
			 * as it came.
			 *
			 * @param json the JSON as it came
			 */
			record Unknown(@JsonValue JsonNode json) implements Format, UnknownVariant {
			}

			/**
			 * Reads a {@link Format} into the variant its JSON is.
			 */
			final class Deserializer extends UnionDeserializer<Format> {

				/**
				 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
				 */
				public Deserializer() {
					super(UnionDeserializer.<Format>variants(Unknown::new)
						.discriminator("type")
						.object(TextFormat.class,
								VariantShape.declaring("type").requiring("type").values("type", "text"))
						.object(GrammarFormat.class,
								VariantShape.declaring("type", "grammar")
									.requiring("type", "grammar")
									.values("type", "grammar")));
				}

			}

		}

		/**
		 * Builds a {@link Custom}.
		 */
		public static final class Builder {

			private @Nullable String name;

			private @Nullable String description;

			private @Nullable Format format;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Custom source) {
				this.name = source.name();
				this.description = source.description();
				this.format = source.format();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The name of the custom tool, used to identify it in tool calls.
			 * @param name the value (required)
			 * @return this builder
			 */
			public Builder name(@Nullable String name) {
				this.name = name;
				return this;
			}

			/**
			 * Optional description of the custom tool, used to provide more context.
			 * @param description the value
			 * @return this builder
			 */
			public Builder description(@Nullable String description) {
				this.description = description;
				return this;
			}

			/**
			 * The input format for the custom tool.
			 * @param format the value
			 * @return this builder
			 */
			public Builder format(@Nullable Format format) {
				this.format = format;
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
			public Custom build() {
				return new Custom(Objects.requireNonNull(this.name, "'name' is required"), this.description,
						this.format, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Custom} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Custom> {

			Reader() {
				super(Custom.class, "name", "description", "format");
			}

			@Override
			protected Custom create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Custom((String) values[0], (String) values[1], (Format) values[2], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Custom} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Custom> {

			Writer() {
				super(Custom.class, "name", "description", "format");
			}

			@Override
			protected @Nullable Object value(Custom record, int index) {
				return switch (index) {
					case 0 -> record.name();
					case 1 -> record.description();
					case 2 -> record.format();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Custom record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link CustomToolChatCompletions}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Custom custom;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "custom";
		}

		private Builder(CustomToolChatCompletions source) {
			this.type = source.type();
			this.custom = source.custom();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Properties of the custom tool.
		 * @param custom the value (required)
		 * @return this builder
		 */
		public Builder custom(@Nullable Custom custom) {
			this.custom = custom;
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
		public CustomToolChatCompletions build() {
			return new CustomToolChatCompletions(this.type, Objects.requireNonNull(this.custom, "'custom' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CustomToolChatCompletions} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CustomToolChatCompletions> {

		Reader() {
			super(CustomToolChatCompletions.class, "type", "custom");
		}

		@Override
		protected CustomToolChatCompletions create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CustomToolChatCompletions((String) values[0], (Custom) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CustomToolChatCompletions} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CustomToolChatCompletions> {

		Writer() {
			super(CustomToolChatCompletions.class, "type", "custom");
		}

		@Override
		protected @Nullable Object value(CustomToolChatCompletions record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.custom();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CustomToolChatCompletions record) {
			return record.additionalProperties();
		}

	}
}
