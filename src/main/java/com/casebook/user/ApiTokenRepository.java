package com.casebook.user;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

}
