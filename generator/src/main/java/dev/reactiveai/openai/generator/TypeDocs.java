package dev.reactiveai.openai.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Javadoc of the generated data types, resolved as they are read: the schema's
 * description (or that of what it wraps), else what the type is to its owner or to an
 * operation, else what its shape is; and whether a component's type is deprecated.
 */
final class TypeDocs {

	private final TypeModelReader reader;

	/** What each inline type is to its owner, to document it when its schema does not. */
	private final Map<ClassName, Role> roles = new HashMap<>();

	/**
	 * The schema each type was read from before nullable wrappers were taken off, whose
	 * description may be on the wrapper.
	 */
	private final Map<ClassName, JsonNode> declaredSchemas = new HashMap<>();

	TypeDocs(TypeModelReader reader) {
		this.reader = reader;
	}

	/**
	 * Note the schema a type is declared with, wrappers included, unless it has one.
	 * @param name the type
	 * @param schema the schema as declared
	 */
	void declared(ClassName name, JsonNode schema) {
		this.declaredSchemas.putIfAbsent(name, schema);
	}

	/**
	 * Note what an inline type is to its owner.
	 * @param name the type
	 * @param role what it is
	 */
	void role(ClassName name, Role role) {
		this.roles.put(name, role);
	}

	/**
	 * The description of a generated type as Javadoc, never empty: the schema's own (or
	 * that of what it wraps), else what the type is: a property's type of its record, an
	 * operation's request body, query parameters or response, a form of a union, a list
	 * of a record, an object with given properties.
	 * @param name the type
	 * @param schema the schema it is read from
	 * @param literals the values of an open enum, else null
	 * @return the Javadoc, ending with a line break
	 */
	CodeBlock typeJavadoc(ClassName name, JsonNode schema, @Nullable List<String> literals) {
		Descriptions descriptions = this.reader.descriptions();
		JsonNode declared = this.declaredSchemas.getOrDefault(name, schema);
		String text = MarkdownJavadoc.toJavadoc(descriptions.markdown(declared));
		if (text.isEmpty() && declared != schema) {
			text = MarkdownJavadoc.toJavadoc(descriptions.markdown(schema));
		}
		if (!text.isEmpty()) {
			return CodeBlock.of("$L\n", text);
		}
		Role role = this.roles.get(name);
		if (role != null) {
			return CodeBlock.builder().add(role.sentence()).add("\n").build();
		}
		String operations = descriptions.operations(declared, this.reader.componentName(name));
		if (operations != null) {
			return CodeBlock.of("$L\n", operations);
		}
		ClassName enclosing = name.enclosingClassName();
		if (enclosing != null && this.reader.isUnion(enclosing)) {
			return CodeBlock.builder().add(Role.variant(enclosing).sentence(shape(schema, literals))).add("\n").build();
		}
		return CodeBlock.builder().add(shape(schema, literals).sentence()).add("\n").build();
	}

	/**
	 * Why a generated type is deprecated, when its component schema is. An inline type is
	 * not: the property it is the type of carries the deprecation.
	 * @param name the type
	 * @param schema the schema it is read from
	 * @return the reason, as Javadoc, or null when the type is not deprecated
	 */
	@Nullable String deprecation(ClassName name, JsonNode schema) {
		JsonNode declared = this.declaredSchemas.getOrDefault(name, schema);
		Descriptions descriptions = this.reader.descriptions();
		if (this.reader.componentName(name) == null || !descriptions.deprecated(declared)) {
			return null;
		}
		return descriptions.deprecation(declared);
	}

	/**
	 * What a schema without a description is, from its shape: "one of {@code a} or
	 * {@code b}", "a list of {@link X}", "an object with {@code a} and {@code b}".
	 */
	private Role shape(JsonNode schema, @Nullable List<String> literals) {
		if (literals != null) {
			return new Role(
					literals.isEmpty() ? "a string"
							: "one of " + Descriptions.enumeration(
									literals.stream().map(MarkdownJavadoc::code).map(Role::escaped).toList(), 8, "or"),
					List.of());
		}
		Schemas schemas = this.reader.schemas();
		List<JsonNode> alternatives = Schemas.alternatives(TypeModelReader.effective(schema));
		if (alternatives != null && alternatives.size() > 1) {
			List<String> forms = new ArrayList<>();
			List<Object> types = new ArrayList<>();
			int shown = (alternatives.size() > 8) ? 7 : alternatives.size();
			for (JsonNode alternative : alternatives.subList(0, shown)) {
				String ref = Schemas.refName(alternative);
				if (ref != null && this.reader.kind(ref) != ApiModel.TypeKind.ALIAS) {
					forms.add("{@link $T}");
					types.add(this.reader.className(ref));
				}
				else {
					forms.add(Role
						.escaped(MarkdownJavadoc.code(String.valueOf(Schemas.type(schemas.resolve(alternative))))));
				}
			}
			if (shown < alternatives.size()) {
				forms.add((alternatives.size() - shown) + " more");
			}
			return new Role("a value in one of the forms " + Descriptions.enumeration(forms, 8, "or"), types);
		}
		Map<String, JsonNode> properties = schemas.properties(schema);
		JsonNode data = properties.get("data");
		String object = (properties.get("object") != null) ? schemas.literal(properties.get("object")) : null;
		String items = (data != null) ? Schemas.refName(data.path("items")) : null;
		if ("list".equals(object) && items != null && this.reader.kind(items) == ApiModel.TypeKind.OBJECT) {
			return new Role("a list of {@link $T}", List.of(this.reader.className(items)));
		}
		List<String> names = properties.keySet().stream().map(MarkdownJavadoc::code).map(Role::escaped).toList();
		String with = names.isEmpty() ? "" : " with " + Descriptions.enumeration(names, 8, "and");
		return new Role(
				((object != null) ? "an object of type " + Role.escaped(MarkdownJavadoc.code(object)) : "an object")
						+ with,
				List.of());
	}

}
