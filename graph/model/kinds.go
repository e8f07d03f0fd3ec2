// Code in this file is written by hand: one Go type per GraphQL entity
// type, all sharing EntityBase, so that gqlgen's interface dispatch can
// tell the kinds apart while the fields common to all are written once.

package model

import "innograph/store"

// Lab is an entity of kind LAB.
type Lab struct{ EntityBase }

func (Lab) IsNode()   {}
func (Lab) IsEntity() {}

// PilotPlatform is an entity of kind PILOT_PLATFORM.
type PilotPlatform struct{ EntityBase }

func (PilotPlatform) IsNode()   {}
func (PilotPlatform) IsEntity() {}

// Platform is an entity of kind PLATFORM.
type Platform struct{ EntityBase }

func (Platform) IsNode()   {}
func (Platform) IsEntity() {}

// University is an entity of kind UNIVERSITY.
type University struct{ EntityBase }

func (University) IsNode()   {}
func (University) IsEntity() {}

// ResearchInstitute is an entity of kind RESEARCH_INSTITUTE.
type ResearchInstitute struct{ EntityBase }

func (ResearchInstitute) IsNode()   {}
func (ResearchInstitute) IsEntity() {}

// Enterprise is an entity of kind ENTERPRISE.
type Enterprise struct{ EntityBase }

func (Enterprise) IsNode()   {}
func (Enterprise) IsEntity() {}

// Talent is an entity of kind TALENT.
type Talent struct{ EntityBase }

func (Talent) IsNode()   {}
func (Talent) IsEntity() {}

// IndustryChain is an entity of kind INDUSTRY_CHAIN.
type IndustryChain struct{ EntityBase }

func (IndustryChain) IsNode()   {}
func (IndustryChain) IsEntity() {}

// Region is an entity of kind REGION.
type Region struct{ EntityBase }

func (Region) IsNode()   {}
func (Region) IsEntity() {}

// Fund is an entity of kind FUND.
type Fund struct{ EntityBase }

func (Fund) IsNode()   {}
func (Fund) IsEntity() {}

// Policy is an entity of kind POLICY.
type Policy struct{ EntityBase }

func (Policy) IsNode()   {}
func (Policy) IsEntity() {}

// Program is an entity of kind PROGRAM.
type Program struct{ EntityBase }

func (Program) IsNode()   {}
func (Program) IsEntity() {}

// GovernmentAgency is an entity of kind GOVERNMENT_AGENCY.
type GovernmentAgency struct{ EntityBase }

func (GovernmentAgency) IsNode()   {}
func (GovernmentAgency) IsEntity() {}

// Event is an entity of kind EVENT.
type Event struct{ EntityBase }

func (Event) IsNode()   {}
func (Event) IsEntity() {}

// Other is an entity of kind OTHER.
type Other struct{ EntityBase }

func (Other) IsNode()   {}
func (Other) IsEntity() {}

// FromEntity wraps a stored entity in the Go type of its kind; nil stays nil.
func FromEntity(e *store.Entity) Entity {
	if e == nil {
		return nil
	}
	b := newBase(e)
	switch e.Kind {
	case store.KindLab:
		return &Lab{b}
	case store.KindPilotPlatform:
		return &PilotPlatform{b}
	case store.KindPlatform:
		return &Platform{b}
	case store.KindUniversity:
		return &University{b}
	case store.KindResearchInstitute:
		return &ResearchInstitute{b}
	case store.KindEnterprise:
		return &Enterprise{b}
	case store.KindTalent:
		return &Talent{b}
	case store.KindIndustryChain:
		return &IndustryChain{b}
	case store.KindRegion:
		return &Region{b}
	case store.KindFund:
		return &Fund{b}
	case store.KindPolicy:
		return &Policy{b}
	case store.KindProgram:
		return &Program{b}
	case store.KindGovernmentAgency:
		return &GovernmentAgency{b}
	case store.KindEvent:
		return &Event{b}
	}
	return &Other{b}
}
