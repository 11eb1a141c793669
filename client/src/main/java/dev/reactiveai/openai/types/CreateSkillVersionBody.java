// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.core.UploadFile;
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
 * Uploads a new immutable version of a skill.
 *
 * @param files A {@link dev.reactiveai.openai.types.CreateSkillVersionBody.Files} (the
 * API description says no more).
 * @param defaultValue Whether to set this version as the default.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateSkillVersionBody.Reader.class)
public record CreateSkillVersionBody(@JsonProperty("files") CreateSkillVersionBody.Files files,
		@JsonProperty("default") @Nullable Boolean defaultValue,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateSkillVersionBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param files A {@link dev.reactiveai.openai.types.CreateSkillVersionBody.Files}
	 * (the API description says no more).
	 * @param defaultValue Whether to set this version as the default.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateSkillVersionBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateSkillVersionBody}.
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
	 * A {@link CreateSkillVersionBody}'s {@code files}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Files.Deserializer.class)
	public sealed interface Files permits Files.UploadFileList, Files.FileValue, Files.Unknown {

		/**
		 * A {@link Files} that is a {@code List<UploadFile>}.
		 *
		 * @param value the value
		 */
		record UploadFileList(@JsonValue List<UploadFile> value) implements Files {
			/**
			 * Creates a {@link UploadFileList}, rejecting a null value.
			 * @param value the value
			 */
			public UploadFileList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Files} that is a {@code UploadFile}.
		 *
		 * @param value the value
		 */
		record FileValue(@JsonValue UploadFile value) implements Files {
			/**
			 * Creates a {@link FileValue}, rejecting a null value.
			 * @param value the value
			 */
			public FileValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Files} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Files, UnknownVariant {
		}

		/**
		 * Reads a {@link Files} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Files> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Files>variants(Unknown::new).array(new TypeReference<List<UploadFile>>() {
				}, UploadFileList::new).string(UploadFile.class, FileValue::new));
			}

		}

	}

	/**
	 * Builds a {@link CreateSkillVersionBody}.
	 */
	public static final class Builder {

		private @Nullable Files files;

		private @Nullable Boolean defaultValue;

		/**
		 * The list that {@code files} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<UploadFile> filesAdded;

		private Files.@Nullable UploadFileList filesAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateSkillVersionBody source) {
			this.files = source.files();
			this.defaultValue = source.defaultValue();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A {@link dev.reactiveai.openai.types.CreateSkillVersionBody.Files} (the API
		 * description says no more).
		 * @param files the value (required)
		 * @return this builder
		 */
		public Builder files(@Nullable Files files) {
			this.files = files;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.CreateSkillVersionBody.Files} (the API
		 * description says no more).
		 * <p>
		 * Takes the value of a {@link Files.UploadFileList}, copying the list.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder files(List<UploadFile> value) {
			return files(new Files.UploadFileList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * A {@link dev.reactiveai.openai.types.CreateSkillVersionBody.Files} (the API
		 * description says no more).
		 * <p>
		 * Takes the value of a {@link Files.FileValue}.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder files(UploadFile value) {
			return files(new Files.FileValue(value));
		}

		/**
		 * A {@link dev.reactiveai.openai.types.CreateSkillVersionBody.Files} (the API
		 * description says no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param file the item to add
		 * @return this builder
		 */
		public Builder addFile(UploadFile file) {
			Objects.requireNonNull(file, "'file' must not be null");
			if (this.filesAdded == null || this.files != this.filesAddedTo) {
				List<UploadFile> items = new ArrayList<>();
				if (this.files instanceof Files.UploadFileList held) {
					items.addAll(held.value());
				}
				else if (this.files != null) {
					throw new IllegalStateException("Cannot add to 'files', which holds a "
							+ this.files.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.filesAdded = items;
				this.filesAddedTo = new Files.UploadFileList(Collections.unmodifiableList(items));
				this.files = this.filesAddedTo;
			}
			this.filesAdded.add(file);
			return this;
		}

		/**
		 * Whether to set this version as the default.
		 * @param defaultValue the value
		 * @return this builder
		 */
		public Builder defaultValue(@Nullable Boolean defaultValue) {
			this.defaultValue = defaultValue;
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
		public CreateSkillVersionBody build() {
			CreateSkillVersionBody value = new CreateSkillVersionBody(
					Objects.requireNonNull(this.files, "'files' is required"), this.defaultValue,
					this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.filesAdded = null;
			this.filesAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link CreateSkillVersionBody} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateSkillVersionBody> {

		Reader() {
			super(CreateSkillVersionBody.class, "files", "default");
		}

		@Override
		protected CreateSkillVersionBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateSkillVersionBody((Files) values[0], (Boolean) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateSkillVersionBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateSkillVersionBody> {

		Writer() {
			super(CreateSkillVersionBody.class, "files", "default");
		}

		@Override
		protected @Nullable Object value(CreateSkillVersionBody record, int index) {
			return switch (index) {
				case 0 -> record.files();
				case 1 -> record.defaultValue();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateSkillVersionBody record) {
			return record.additionalProperties();
		}

	}
}
