/**
 * A reasonable list of Indian customs port codes (UN/LOCODE-based, as used in shipping bills
 * and in india-compliance PORT_CODES): the major sea ports, ICDs and air cargo complexes.
 * It is NOT the complete CBIC list; callers with the full list pass it as RuleContext.portMaster.
 */
export const ports: Readonly<Record<string, string>> = {
  INABG1: 'Alibag', INAMD4: 'Ahmedabad Air Cargo', INAMD6: 'Ahmedabad ICD Sabarmati', INATQ4: 'Amritsar Air',
  INBLR4: 'Bengaluru Air Cargo', INWFD6: 'Bengaluru ICD Whitefield', INBOM4: 'Mumbai Air Cargo', INBOM1: 'Mumbai Sea',
  INNSA1: 'Nhava Sheva (JNPT)', INCCU1: 'Kolkata Sea', INCCU4: 'Kolkata Air Cargo', INHAL1: 'Haldia',
  INMAA1: 'Chennai Sea', INMAA4: 'Chennai Air Cargo', INENR1: 'Ennore (Kamarajar)', INKAT1: 'Kattupalli',
  INTUT1: 'Tuticorin', INCOK1: 'Kochi Sea', INCOK4: 'Kochi Air', INVTZ1: 'Visakhapatnam Sea',
  INKAK1: 'Kakinada', INKRI1: 'Krishnapatnam', INPRT1: 'Paradip', INDEL4: 'Delhi Air Cargo',
  INTKD6: 'Tughlakabad ICD', INPPG6: 'Patparganj ICD', INDER6: 'Dadri ICD', INGRH6: 'Garhi Harsaru ICD',
  INMUN1: 'Mundra', INKDL1: 'Kandla', INPAV1: 'Pipavav', INHZA1: 'Hazira', INMRM1: 'Mormugao',
  INNML1: 'New Mangalore', INHYD4: 'Hyderabad Air Cargo', INSNF6: 'Sanathnagar ICD', INPNQ4: 'Pune Air',
  INPNQ6: 'Pune ICD', INLDH6: 'Ludhiana ICD', INJAI6: 'Jaipur ICD', INJAI4: 'Jaipur Air', INNAG6: 'Nagpur ICD',
  INIXE1: 'Mangalore', INCJB4: 'Coimbatore Air', INTRV4: 'Thiruvananthapuram Air', INCCJ4: 'Kozhikode Air',
  INGAU4: 'Guwahati Air', INLKO4: 'Lucknow Air', INBBI4: 'Bhubaneswar Air', INIDR4: 'Indore Air',
  INSXR4: 'Srinagar Air', INVGA4: 'Vijayawada Air', INRPR4: 'Raipur Air', INPAT4: 'Patna Air',
  INRXL2: 'Raxaul LCS', INPTL2: 'Petrapole LCS', INATT2: 'Attari Road LCS', INMOR2: 'Moreh LCS',
};

export function isPortCode(code: string, master: ReadonlySet<string> | undefined = undefined): boolean {
  const c = code.toUpperCase();
  return master ? master.has(c) : Object.prototype.hasOwnProperty.call(ports, c);
}
