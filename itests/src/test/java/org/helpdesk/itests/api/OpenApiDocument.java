package org.helpdesk.itests.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The API's own OpenAPI 3.1 document: checked with swagger-parser, and used to hold every answer of the
 * tests against the schema the document gives for it (JSON Schema 2020-12, networknt validator).
 */
final class OpenApiDocument {

    private final JsonNode document;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    /** Fails unless swagger-parser reads the document as OpenAPI 3.1 without messages. */
    void assertValid() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(new ObjectMapper().writeValueAsString(document),
                null, options);
        assertTrue("not parsed", result.getOpenAPI() != null);
        assertEquals(String.valueOf(result.getMessages()), 0,
                result.getMessages() == null ? 0 : result.getMessages().size());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
    }

    /** Fails unless {@code body} matches the component schema {@code name}. */
    void assertMatches(String name, JsonNode body) {
        assertTrue("no schema " + name, document.path("components").path("schemas").has(name));
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.get("components"));
        root.put("$ref", "#/components/schemas/" + name);
        JsonSchema schema = factory.getSchema(root);
        Set<ValidationMessage> errors = schema.validate(body);
        assertTrue(name + " does not hold for " + body + ": "
                + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")), errors.isEmpty());
    }
}
