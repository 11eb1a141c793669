package dev.reactiveai.openai.generator;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import org.jspecify.annotations.Nullable;

/**
 * Where the types that a schema declares inline go: nested in the type being generated,
 * or, for an operation's inline schemas, top-level in the model package under a prefix (a
 * union must share its variants' package).
 */
final class Owner {

	/** Names the generated code uses unqualified: a nested type must not hide them. */
	private static final Set<String> USED_NAMES = Set.of("Object", "String", "Long", "Double", "Boolean", "Integer",
			"Override", "Map", "List", "Objects", "Collections", "LinkedHashMap", "JsonNode", "JsonValue",
			"JsonProperty", "JsonCreator", "JsonAnySetter", "JsonAnyGetter", "JsonDeserialize", "ValueDeserializer",
			"TypeReference", "Nullable", "UnionDeserializer", "UploadFile", "Record", "Class", "Void", "Number");

	private final ClassName className;

	private final TypeSpec.@Nullable Builder builder;

	private final @Nullable Map<String, TypeSpec.Builder> topLevelTypes;

	private final String prefix;

	private final Set<String> taken = new HashSet<>();

	private Owner(ClassName className, TypeSpec.@Nullable Builder builder,
			@Nullable Map<String, TypeSpec.Builder> topLevelTypes, String prefix) {
		this.className = className;
		this.builder = builder;
		this.topLevelTypes = topLevelTypes;
		this.prefix = prefix;
		// A nested type may not share a name with a type that encloses it.
		for (ClassName enclosing = className; enclosing != null; enclosing = enclosing.enclosingClassName()) {
			this.taken.add(enclosing.simpleName());
		}
		this.taken.add("Builder");
		this.taken.add("Unknown");
		this.taken.add("Deserializer");
	}

	Owner(ClassName className, TypeSpec.Builder builder) {
		this(className, builder, null, "");
	}

	/**
	 * An owner whose types are top-level in a package, named with a prefix.
	 * @param packageName the package
	 * @param topLevelTypes the package's types by simple name
	 * @param prefix the prefix of the new types' names
	 * @return the owner
	 */
	static Owner topLevel(String packageName, Map<String, TypeSpec.Builder> topLevelTypes, String prefix) {
		return new Owner(ClassName.get(packageName, prefix), null, topLevelTypes, prefix);
	}

	ClassName className() {
		return this.className;
	}

	/** Whether the owner puts its types top-level in a package rather than in a type. */
	boolean isTopLevel() {
		return this.topLevelTypes != null;
	}

	/** The type being generated, when the owner is one. */
	TypeSpec.Builder builder() {
		if (this.builder == null) {
			throw new IllegalStateException("Top-level owners have no type of their own");
		}
		return this.builder;
	}

	/** A name for a new type, unique where it goes. */
	ClassName reserve(String hint) {
		String base = USED_NAMES.contains(hint) ? hint + "Type" : hint;
		if (this.topLevelTypes != null) {
			String simpleName = this.prefix + base;
			String name = simpleName;
			for (int i = 2; this.topLevelTypes.containsKey(name) || !this.taken.add(name); i++) {
				name = simpleName + i;
			}
			this.topLevelTypes.put(name, TypeSpec.classBuilder(name));
			return ClassName.get(this.className.packageName(), name);
		}
		String name = base;
		for (int i = 2; !this.taken.add(name); i++) {
			name = base + i;
		}
		return this.className.nestedClass(name);
	}

	/** Add a type made under a name from {@link #reserve}. */
	void add(ClassName name, TypeSpec.Builder type) {
		if (this.topLevelTypes != null) {
			this.topLevelTypes.put(name.simpleName(), type);
		}
		else {
			builder().addType(type.build());
		}
	}

}
