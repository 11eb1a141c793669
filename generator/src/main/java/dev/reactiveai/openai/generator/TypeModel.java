package dev.reactiveai.openai.generator;

import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.jspecify.annotations.Nullable;

/**
 * A generated data type as {@link TypeModelReader} reads it from its schema: its Java
 * name, its documentation resolved to Javadoc, and its insides (a record's properties, a
 * union's variants and how they are told apart, an open enum's values) with their Java
 * types resolved. The emitters ({@link RecordEmitter}, {@link UnionEmitter},
 * {@link OpenEnumEmitter}) write it and read no schema.
 */
sealed interface TypeModel
		permits TypeModel.RecordType, TypeModel.UnionType, TypeModel.EnumType, TypeModel.WrapperType {

	/** The type's Java name. */
	ClassName name();

	/**
	 * A record: an object with named properties.
	 *
	 * @param name the Java name
	 * @param component the component it stands for, or null for an inline schema
	 * @param javadoc its Javadoc, ending with a line break
	 * @param deprecation why it is deprecated, as Javadoc, or null when it is not
	 * @param properties its properties, in the description's order
	 * @param nested the types its inline schemas declare, in the order they were read
	 */
	record RecordType(ClassName name, @Nullable String component, CodeBlock javadoc, @Nullable String deprecation,
			List<Property> properties, List<TypeModel> nested) implements TypeModel {

	}

	/**
	 * A property of a record.
	 *
	 * @param jsonName the API's name
	 * @param javaName the component's name, unique in the record
	 * @param type its Java type, without nullability
	 * @param required whether it is always there: required and never null
	 * @param literal its single possible value, or null
	 * @param byTheCall whether the call sets it (a streaming call's {@code stream}), not
	 * the caller
	 * @param javadoc its whole description as Javadoc, with why it is deprecated, or what
	 * kind of value it is when the description says nothing
	 * @param summary the first sentence of {@code javadoc}
	 * @param deprecation why it is deprecated, as Javadoc, or null when it is not
	 * @param shortcuts the shortcuts table's message adders of the property
	 */
	record Property(String jsonName, String javaName, TypeName type, boolean required, @Nullable String literal,
			boolean byTheCall, String javadoc, String summary, @Nullable String deprecation,
			List<MessageShortcut> shortcuts) {

		/** The type of the record component: nullable unless required. */
		TypeName declaredType() {
			return this.required ? this.type : ModelGenerator.nullable(this.type);
		}

		/**
		 * Whether the builder has a setter for it: a literal is filled in, and what the
		 * call sets is the call's.
		 */
		boolean settable() {
			return this.literal == null && !this.byTheCall;
		}

		/** The items of a list, or null when it is no list. */
		@Nullable TypeName listItem() {
			return typeArgument(this.type, ModelGenerator.LIST, 0);
		}

		/** The values of a map, or null when it is no map. */
		@Nullable TypeName mapValue() {
			return typeArgument(this.type, ModelGenerator.MAP, 1);
		}

	}

	/**
	 * A line of the shortcuts table, checked against the message it adds.
	 *
	 * @param line the table's line
	 * @param message the message record
	 * @param setsRole whether the shortcut sets the role (the message may have several),
	 * or the message always has it
	 */
	record MessageShortcut(BuilderShortcuts.Shortcut line, ClassName message, boolean setsRole) {

	}

	/**
	 * A union: a sealed interface.
	 *
	 * @param name the Java name
	 * @param component the component it stands for, or null for an inline schema
	 * @param javadoc its Javadoc, ending with a line break
	 * @param deprecatedVariants the variants that the union deprecates
	 * @param deprecation why it is deprecated, as Javadoc, or null when it is not
	 * @param variants its permitted types, in the description's order
	 * @param nested the types nested in it (inline variants, wrappers, the types of
	 * inline schemas), in the order they were read
	 * @param discriminator the property that tells the object variants apart first, or
	 * null
	 * @param objects the object variants, those of a union among the variants included,
	 * each once
	 * @param wrappers the variants that wrap a value that is no object, one per JSON
	 * shape
	 * @param subUnions the unions among the variants
	 */
	record UnionType(ClassName name, @Nullable String component, CodeBlock javadoc, List<ClassName> deprecatedVariants,
			@Nullable String deprecation, List<ClassName> variants, List<TypeModel> nested,
			@Nullable String discriminator, List<ObjectShape> objects, List<WrapperType> wrappers,
			List<ClassName> subUnions) implements TypeModel {

	}

	/**
	 * What the description says of an object variant, for the union's table.
	 *
	 * @param type the variant
	 * @param declaring the properties it declares
	 * @param requiring the properties it requires
	 * @param values the values it allows for the properties that tell variants apart, in
	 * the order they tell them apart
	 */
	record ObjectShape(ClassName type, List<String> declaring, List<String> requiring,
			Map<String, List<String>> values) {

	}

	/**
	 * A record that wraps a union's variant that is no object.
	 *
	 * @param name the Java name
	 * @param union the union
	 * @param valueType the type of the wrapped value
	 * @param shape the JSON shape it is read from: {@code string}, {@code integer},
	 * {@code number}, {@code bool}, {@code array} or {@code objectValue}
	 */
	record WrapperType(ClassName name, ClassName union, TypeName valueType, String shape) implements TypeModel {

	}

	/**
	 * An open enum.
	 *
	 * @param name the Java name
	 * @param javadoc its Javadoc, ending with a line break
	 * @param deprecation why it is deprecated, as Javadoc, or null when it is not
	 * @param values the values the description knows
	 */
	record EnumType(ClassName name, CodeBlock javadoc, @Nullable String deprecation,
			List<String> values) implements TypeModel {

	}

	/**
	 * A type argument of a parameterized type.
	 * @param type the type
	 * @param raw the raw type it must have
	 * @param index which argument
	 * @return the argument, or null when the type is no {@code raw}
	 */
	static @Nullable TypeName typeArgument(TypeName type, ClassName raw, int index) {
		return (type.withoutAnnotations() instanceof ParameterizedTypeName parameterized
				&& parameterized.rawType().equals(raw)) ? parameterized.typeArguments().get(index) : null;
	}

}
