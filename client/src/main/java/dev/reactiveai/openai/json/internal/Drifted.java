package dev.reactiveai.openai.json.internal;

import tools.jackson.databind.JsonNode;

/**
 * What a property's deserializer hands over, in place of a value, when the property's
 * JSON is not of the shape its type says: the instantiator of the record takes it out of
 * the typed component and keeps it among the record's additional properties.
 *
 * @param json the property's JSON as it came
 */
record Drifted(JsonNode json) {

}
