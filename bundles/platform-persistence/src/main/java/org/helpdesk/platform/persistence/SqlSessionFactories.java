package org.helpdesk.platform.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * MyBatis session factories built in Java on a DataSource, with everything registered by class: MyBatis
 * would look names in the XML up in its own bundle, and package scanning does not work in OSGi.
 */
public final class SqlSessionFactories {

    private SqlSessionFactories() {
    }

    /**
     * Builds a factory whose sessions use JDBC transactions on {@code dataSource}, with {@link Instant}s
     * handled by {@link InstantTypeHandler}.
     *
     * @param dataSource the database
     * @param typeAliases the type names the mapper XML uses, with their classes
     * @param mappers the mapper interfaces; each one's XML lies beside it (same package path, same name)
     * @return a factory to keep for the life of the component
     */
    public static SqlSessionFactory build(DataSource dataSource, Map<String, Class<?>> typeAliases,
            List<Class<?>> mappers) {
        Configuration configuration = new Configuration(
                new Environment("helpdesk", new JdbcTransactionFactory(), dataSource));
        configuration.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
        typeAliases.forEach(configuration.getTypeAliasRegistry()::registerAlias);
        mappers.forEach(configuration::addMapper);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
}
