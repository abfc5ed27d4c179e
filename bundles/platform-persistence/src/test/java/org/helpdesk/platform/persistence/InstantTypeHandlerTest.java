package org.helpdesk.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.helpdesk.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/** Instants through a factory from {@link SqlSessionFactories} on Derby, which refuses MyBatis' own handler. */
class InstantTypeHandlerTest {

    interface InstantMapper {

        @Insert("INSERT INTO t_first (id, happened_at) VALUES (#{id}, #{at,jdbcType=TIMESTAMP})")
        void insert(@Param("id") int id, @Param("at") Instant at);

        @Select("SELECT happened_at FROM t_first WHERE id = #{id}")
        Instant at(@Param("id") int id);
    }

    @Test
    void instantsAndNullsComeBackAsTheyWent() {
        DataSource dataSource = TestDatabases.derby().dataSource();
        SchemaMigrations.update(dataSource, SchemaMigrationsTest.FIRST, InstantTypeHandlerTest.class);
        SqlSessionFactory sessions = SqlSessionFactories.build(dataSource, Map.of(), List.of(InstantMapper.class));
        Instant at = Instant.parse("2026-03-29T01:30:00.123456Z");
        try (SqlSession session = sessions.openSession(true)) {
            InstantMapper mapper = session.getMapper(InstantMapper.class);
            mapper.insert(1, at);
            mapper.insert(2, null);
            assertEquals(at, mapper.at(1));
            assertNull(mapper.at(2));
        }
    }
}
