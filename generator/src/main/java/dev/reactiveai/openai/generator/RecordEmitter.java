package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import static dev.reactiveai.openai.generator.ModelGenerator.OBJECT_MAP;
import static dev.reactiveai.openai.generator.ModelGenerator.STRING;

/**
 * A record for an object schema: one component per property, unknown properties kept in
 * {@code additionalProperties}, and a builder that fills literal properties in.
 */
final class RecordEmitter {

	private record Field(String jsonName, String javaName, TypeName type, boolean required, @Nullable String literal,
			String description) {

		TypeName declaredType() {
			return this.required ? this.type : ModelGenerator.nullable(this.type);
		}

	}

	/**
	 * Properties whose JSON is not what the API description says: an embedding is a
	 * base64 string when {@code encoding_format=base64} was asked for.
	 */
	private static final Map<String, TypeName> TYPE_OVERRIDES = Map.of("Embedding.embedding",
			ClassName.get("dev.reactiveai.openai.json", "EmbeddingVector"));

	private final ModelGenerator generator;

	private final ClassName name;

	private final JsonNode schema;

	RecordEmitter(ModelGenerator generator, ClassName name, JsonNode schema) {
		this.generator = generator;
		this.name = name;
		this.schema = schema;
	}

	TypeSpec.Builder emit() {
		TypeSpec.Builder type = TypeSpec.recordBuilder(this.name).addModifiers(Modifier.PUBLIC);
		if (this.name.enclosingClassName() != null) {
			type.addModifiers(Modifier.STATIC);
		}
		Owner self = new Owner(this.name, type);
		List<Field> fields = fields(self);
		type.addJavadoc(ModelGenerator.javadoc(Schemas.description(this.generator.schemas().resolve(this.schema))));
		type.addJavadoc("\n");
		MethodSpec.Builder components = MethodSpec.constructorBuilder();
		for (Field field : fields) {
			components.addParameter(ParameterSpec.builder(field.declaredType(), field.javaName())
				.addAnnotation(ModelGenerator.jsonProperty(field.jsonName()))
				.build());
			type.addJavadoc("@param $L $L\n", field.javaName(), firstSentence(field.description(), field.jsonName()));
		}
		components.addParameter(ParameterSpec.builder(OBJECT_MAP, "additionalProperties")
			.addAnnotation(ModelGenerator.JSON_ANY_SETTER)
			.addAnnotation(ModelGenerator.JSON_ANY_GETTER)
			.build());
		type.addJavadoc("@param additionalProperties properties that this version of the client does not know\n");
		type.recordConstructor(components.build());
		type.addMethod(compactConstructor());
		type.addMethod(MethodSpec.methodBuilder("builder")
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
			.addJavadoc("A builder of {@link $T}.\n", this.name)
			.returns(builderName())
			.addStatement("return new $T()", builderName())
			.build());
		type.addMethod(MethodSpec.methodBuilder("toBuilder")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("A builder that starts from this value.\n")
			.returns(builderName())
			.addStatement("return new $T(this)", builderName())
			.build());
		type.addType(builder(fields));
		return type;
	}

	private List<Field> fields(Owner self) {
		Map<String, JsonNode> properties = this.generator.schemas().properties(this.schema);
		Set<String> required = this.generator.schemas().required(this.schema);
		Set<String> javaNames = new HashSet<>();
		List<Field> fields = new ArrayList<>();
		for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
			String jsonName = property.getKey();
			JsonNode propertySchema = property.getValue();
			String javaName = Names.camel(jsonName);
			while (!javaNames.add(javaName)) {
				javaName = javaName + "_";
			}
			String literal = this.generator.schemas().literal(propertySchema);
			TypeName override = TYPE_OVERRIDES.get(this.name.simpleName() + "." + jsonName);
			TypeName type = (override != null) ? override
					: (literal != null) ? STRING : this.generator.typeOf(propertySchema, self, Names.pascal(jsonName));
			boolean isRequired = required.contains(jsonName)
					&& (literal != null || !Schemas.isNullable(propertySchema));
			String description = Schemas.description(propertySchema);
			if (description.isEmpty()) {
				description = Schemas.description(this.generator.schemas().resolve(propertySchema));
			}
			fields.add(new Field(jsonName, javaName, type, isRequired, literal, description));
		}
		return fields;
	}

	/**
	 * The canonical constructor keeps what it is given: a literal property absent from
	 * the JSON read stays absent when written back. The builder fills literals in for
	 * values built from scratch.
	 */
	private MethodSpec compactConstructor() {
		MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
		constructor.addStatement(
				"additionalProperties = (additionalProperties != null) ? $T.unmodifiableMap(new $T<>(additionalProperties)) : $T.of()",
				ModelGenerator.COLLECTIONS, ModelGenerator.LINKED_HASH_MAP, ModelGenerator.MAP);
		return constructor.build();
	}

	private ClassName builderName() {
		return this.name.nestedClass("Builder");
	}

	private TypeSpec builder(List<Field> fields) {
		ClassName builderName = builderName();
		TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
			.addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
			.addJavadoc("Builds a {@link $T}.\n", this.name);
		for (Field field : fields) {
			builder
				.addField(FieldSpec.builder(ModelGenerator.nullable(field.type()), field.javaName(), Modifier.PRIVATE)
					.build());
		}
		builder.addField(FieldSpec.builder(OBJECT_MAP, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL)
			.initializer("new $T<>()", ModelGenerator.LINKED_HASH_MAP)
			.build());
		MethodSpec.Builder empty = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
		for (Field field : fields) {
			if (field.literal() != null) {
				empty.addStatement("this.$N = $S", field.javaName(), field.literal());
			}
		}
		builder.addMethod(empty.build());
		MethodSpec.Builder copy = MethodSpec.constructorBuilder()
			.addModifiers(Modifier.PRIVATE)
			.addParameter(this.name, "source");
		for (Field field : fields) {
			copy.addStatement("this.$N = source.$N()", field.javaName(), field.javaName());
		}
		copy.addStatement("this.additionalProperties.putAll(source.additionalProperties())");
		builder.addMethod(copy.build());
		for (Field field : fields) {
			builder.addMethod(MethodSpec.methodBuilder(field.javaName())
				.addModifiers(Modifier.PUBLIC)
				.addJavadoc(setterJavadoc(field))
				.addParameter(ModelGenerator.nullable(field.type()), field.javaName())
				.returns(builderName)
				.addStatement("this.$N = $N", field.javaName(), field.javaName())
				.addStatement("return this")
				.build());
			if (this.generator.isOpenEnum(field.type())) {
				builder.addMethod(MethodSpec.methodBuilder(field.javaName())
					.addModifiers(Modifier.PUBLIC)
					.addJavadoc("Set {@code $L} to a value, known to this client or not.\n@param value the value\n",
							field.jsonName())
					.addJavadoc("@return this builder\n")
					.addParameter(STRING, "value")
					.returns(builderName)
					.addStatement("return $N($T.of(value))", field.javaName(), field.type().withoutAnnotations())
					.build());
			}
			for (ModelGenerator.Wrapper wrapper : this.generator.wrappers(field.type())) {
				builder.addMethod(MethodSpec.methodBuilder(field.javaName())
					.addModifiers(Modifier.PUBLIC)
					.addJavadoc("Set {@code $L} to a {@link $T}.\n@param value the value\n@return this builder\n",
							field.jsonName(), wrapper.name())
					.addParameter(wrapper.valueType(), "value")
					.returns(builderName)
					.addStatement("return $N(new $T(value))", field.javaName(), wrapper.name())
					.build());
			}
		}
		builder.addMethod(MethodSpec.methodBuilder("additionalProperty")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("Set a property that this version of the client does not know.\n")
			.addJavadoc("@param name the property's name\n@param value its value\n@return this builder\n")
			.addParameter(STRING, "name")
			.addParameter(ModelGenerator.nullable(ClassName.OBJECT), "value")
			.returns(builderName)
			.addStatement("this.additionalProperties.put(name, value)")
			.addStatement("return this")
			.build());
		MethodSpec.Builder build = MethodSpec.methodBuilder("build")
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("Build the value.\n@return the value\n")
			.returns(this.name);
		List<CodeBlock> arguments = new ArrayList<>();
		for (Field field : fields) {
			// A literal is filled in by this builder; a copy of a value read without it
			// stays without it.
			if (field.required() && field.literal() == null) {
				arguments.add(CodeBlock.of("$T.requireNonNull(this.$N, $S)", ModelGenerator.OBJECTS, field.javaName(),
						"'" + field.javaName() + "' is required"));
			}
			else {
				arguments.add(CodeBlock.of("this.$N", field.javaName()));
			}
		}
		arguments.add(CodeBlock.of("this.additionalProperties"));
		build.addStatement("return new $T($L)", this.name, CodeBlock.join(arguments, ", "));
		builder.addMethod(build.build());
		return builder.build();
	}

	private static CodeBlock setterJavadoc(Field field) {
		String description = Names.javadoc(field.description());
		return CodeBlock.builder()
			.add(description.isEmpty() ? "Set {@code $L}.$L\n" : "Set {@code $L}: $L\n", field.jsonName(), description)
			.add("@param $L the value$L\n", field.javaName(), field.required() ? " (required)" : "")
			.add("@return this builder\n")
			.build();
	}

	private static String firstSentence(String description, String jsonName) {
		String text = Names.javadoc(description).replace('\n', ' ');
		int end = text.indexOf(". ");
		String sentence = (end > 0) ? text.substring(0, end + 1) : text;
		return sentence.isEmpty() ? "the {@code " + jsonName + "} property" : sentence;
	}

}
