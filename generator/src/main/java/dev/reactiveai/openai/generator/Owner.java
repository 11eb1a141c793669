package dev.reactiveai.openai.generator;

import java.util.HashSet;
import java.util.Set;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;

/**
 * A type being generated that nested types can be added to, with the names already taken
 * inside it.
 */
final class Owner {

	/** Names the generated code uses unqualified: a nested type must not hide them. */
	private static final Set<String> USED_NAMES = Set.of("Object", "String", "Long", "Double", "Boolean", "Integer",
			"Override", "Map", "List", "Objects", "Collections", "LinkedHashMap", "JsonNode", "JsonValue",
			"JsonProperty", "JsonCreator", "JsonAnySetter", "JsonAnyGetter", "JsonDeserialize", "ValueDeserializer",
			"TypeReference", "Nullable", "UnionDeserializer", "UploadFile", "Record", "Class", "Void", "Number");

	private final ClassName className;

	private final TypeSpec.Builder builder;

	private final Set<String> taken = new HashSet<>();

	Owner(ClassName className, TypeSpec.Builder builder) {
		this.className = className;
		this.builder = builder;
		// A nested type may not share a name with a type that encloses it.
		for (ClassName enclosing = className; enclosing != null; enclosing = enclosing.enclosingClassName()) {
			this.taken.add(enclosing.simpleName());
		}
		this.taken.add("Builder");
		this.taken.add("Unknown");
		this.taken.add("Deserializer");
	}

	ClassName className() {
		return this.className;
	}

	TypeSpec.Builder builder() {
		return this.builder;
	}

	/** A name for a nested type, unique in this owner. */
	ClassName reserve(String hint) {
		String simpleName = USED_NAMES.contains(hint) ? hint + "Type" : hint;
		String name = simpleName;
		for (int i = 2; !this.taken.add(name); i++) {
			name = simpleName + i;
		}
		return this.className.nestedClass(name);
	}

}
