package org.helpdesk.customerrelations.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpdesk.customerrelations.api.ApiTokens;
import org.helpdesk.customerrelations.api.CustomerRelationService;
import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.dto.ApiToken;
import org.helpdesk.customerrelations.api.dto.Side;
import org.helpdesk.platform.api.access.CustomerAccess;
import org.helpdesk.platform.api.admin.AdminAuthentication;
import org.helpdesk.platform.api.admin.AdminLoginUnavailableException;
import org.helpdesk.platform.api.admin.AdminRoles;
import org.helpdesk.platform.api.admin.AdminUser;
import org.helpdesk.platform.api.directory.CustomerUserDirectory;
import org.helpdesk.platform.persistence.DatabaseFaults;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API under {@value #ROOT} on the Servlet Whiteboard: admins only (HTTP Basic against the platform's
 * login realm, or an admin's personal token as {@code Bearer}), JSON in and out, errors as
 * {@code application/problem+json}.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=customer-relations-api",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + RelationsApiServlet.ROOT + "/*" })
public class RelationsApiServlet extends HttpServlet {

    static final String ROOT = "/api/customer-relations/v1";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RelationsApiServlet.class);
    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final String BEARER = "Bearer ";

    private final transient AdminAuthentication authentication;
    private final transient ApiTokens tokens;
    private final transient RelationsResource resource;
    private final transient BatchResource batches;
    private final transient ObjectMapper mapper = new ObjectMapper();
    private final byte[] openApi;

    @Activate
    public RelationsApiServlet(@Reference CustomerRelationService relations, @Reference CustomerAccess access,
            @Reference CustomerUserDirectory users, @Reference AdminAuthentication authentication,
            @Reference ApiTokens tokens) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.resource = new RelationsResource(relations, access, users);
        this.batches = new BatchResource(relations);
        this.openApi = readOpenApi();
    }

    private static byte[] readOpenApi() {
        try (InputStream in = RelationsApiServlet.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            ApiRoute route = ApiRoute.match(request.getMethod(), ApiRoute.segments(request.getPathInfo()));
            if (route.endpoint() == ApiRoute.Endpoint.OPENAPI) {
                response.setStatus(200);
                response.setContentType(JSON);
                response.getOutputStream().write(openApi);
                return;
            }
            AdminUser admin = admin(request);
            answer(route, admin, request, response);
        } catch (ApiProblem problem) {
            problem(request, response, problem);
        } catch (RelationException e) {
            problem(request, response, ApiProblem.of(e));
        } catch (AdminLoginUnavailableException e) {
            problem(request, response, ApiProblem.databaseUnavailable(e.getMessage()));
        } catch (RuntimeException e) {
            if (DatabaseFaults.isUnavailable(e)) {
                LOG.warn("{} {}: the database is unavailable ({})", request.getMethod(), request.getRequestURI(),
                        e.toString());
                problem(request, response, ApiProblem.databaseUnavailable(
                        "The database does not answer; nothing was written. Try again shortly."));
                return;
            }
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            problem(request, response, ApiProblem.of(500, "internal", "Internal error",
                    "The request failed; nothing was written. The server's log has the cause."));
        }
    }

    private AdminUser admin(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // a personal token acts for the admin who created it
            ApiToken token = tokens.authenticate(authorization.substring(BEARER.length()).strip())
                    .orElseThrow(ApiProblem::unauthenticated);
            return new AdminUser(token.owner(), Set.of(AdminRoles.ADMIN));
        }
        BasicCredentials credentials = BasicCredentials.parse(authorization)
                .orElseThrow(ApiProblem::unauthenticated);
        AdminUser user = authentication.authenticate(credentials.name(), credentials.password())
                .orElseThrow(ApiProblem::unauthenticated);
        if (!user.isAdmin()) {
            throw ApiProblem.forbidden(user.name());
        }
        return user;
    }

    private void answer(ApiRoute route, AdminUser admin, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Map<String, String[]> parameters = request.getParameterMap();
        String path = request.getRequestURI();
        switch (route.endpoint()) {
            case CUSTOMERS_OF_USER -> {
                ObjectNode page = resource.customersOf(route.subject(), ListQuery.of(parameters), path);
                response.setHeader("ETag", EntityTags.of(resource.version(Side.CUSTOMER_USER, route.subject())));
                json(response, 200, page);
            }
            case USERS_OF_CUSTOMER -> {
                ObjectNode page = resource.customerUsersOf(route.subject(), ListQuery.of(parameters), path);
                response.setHeader("ETag", EntityTags.of(resource.version(Side.CUSTOMER, route.subject())));
                json(response, 200, page);
            }
            case CHANGE_USER, CHANGE_CUSTOMER -> {
                Side side = route.endpoint() == ApiRoute.Endpoint.CHANGE_USER ? Side.CUSTOMER_USER : Side.CUSTOMER;
                JsonNode body = RequestBody.read(request.getContentType(), request.getContentLengthLong(),
                        request::getInputStream);
                String expected = EntityTags.expectedVersion(request.getHeader("If-Match"));
                ObjectNode result = resource.change(side, route.subject(), body, expected, admin.name());
                response.setHeader("ETag", EntityTags.of(resource.version(side, route.subject())));
                json(response, 200, result);
            }
            case BATCH -> json(response, 200, batches.apply(RequestBody.read(request.getContentType(),
                    request.getContentLengthLong(), request::getInputStream), admin.name()));
            case CUSTOMER_IDS -> json(response, 200, resource.customerIds(route.subject()));
            case HISTORY -> json(response, 200, resource.history(
                    ListQuery.single(parameters, "customer-user", ""), ListQuery.single(parameters, "customer", ""),
                    ListQuery.of(parameters), path));
            case RELATE -> {
                RelationsResource.Written written = resource.relate(route.subject(), route.other(), admin.name());
                json(response, written.changed() ? 201 : 200, written.body());
            }
            case UNRELATE -> {
                resource.unrelate(route.subject(), route.other(), admin.name());
                response.setStatus(204);
            }
            default -> throw new IllegalStateException("unhandled endpoint " + route.endpoint());
        }
    }

    private void json(HttpServletResponse response, int status, ObjectNode body) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), body);
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, ApiProblem problem)
            throws IOException {
        String instance = request.getRequestURI();
        if (response.isCommitted()) {
            LOG.warn("Could not send the problem {} for {}: the answer had begun", problem.type(), instance);
            return;
        }
        response.resetBuffer();
        problem.headers().forEach(response::setHeader);
        if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
            // the body may be unread (refused by its headers or size): the client must not reuse the connection
            response.setHeader("Connection", "close");
        }
        response.setStatus(problem.status());
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        ObjectNode body = mapper.createObjectNode()
                .put("type", problem.type())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.getMessage())
                .put("instance", instance);
        if (problem.extensions() != null) {
            problem.extensions().fields().forEachRemaining(field -> body.set(field.getKey(), field.getValue()));
        }
        mapper.writeValue(response.getOutputStream(), body);
    }
}
