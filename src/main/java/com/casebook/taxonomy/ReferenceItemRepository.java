package com.casebook.taxonomy;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceItemRepository extends JpaRepository<ReferenceItem, Long> {

}
