<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared parts of the HTML reports: strings in the campaign's language, the
  page frame (head with the inlined CSS, header, footer), numbers and cells.
  Included by person.xsl, department.xsl, organisation.xsl and index.xsl.

  Text from the XML (names, comments) is always copied with xsl:value-of, so
  the HTML serializer escapes it; never use disable-output-escaping here.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:survey360:report:1"
    exclude-result-prefixes="r">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- The stylesheet text of report.css, passed in by the renderer. -->
  <xsl:param name="css" select="''"/>
  <!-- Where the index page is, relative to the page being rendered. -->
  <xsl:param name="home" select="'../index.html'"/>

  <xsl:variable name="strings" select="document('strings.xml')/strings"/>
  <!-- The language of the page's own words: the reader's when the renderer
       passes one (a manager's on the web), else the document's. -->
  <xsl:param name="readerLanguage" select="''"/>
  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="$readerLanguage != ''"><xsl:value-of select="$readerLanguage"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="/*/@language"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="min" select="/*/r:scale/@minimum"/>
  <xsl:variable name="max" select="/*/r:scale/@maximum"/>

  <!-- Strings by key, indexed once per transformation. -->
  <xsl:key name="string" match="string" use="@key"/>

  <!-- $lang is a result tree fragment: turned into a string once here,
       not in each of the hundred lookups of a page. -->
  <xsl:variable name="lang-code" select="string($lang)"/>

  <!-- A UI string in the campaign's language, English when missing. -->
  <xsl:template name="t">
    <xsl:param name="key"/>
    <!-- key() looks in the context node's document: switch to strings.xml. -->
    <xsl:for-each select="$strings">
      <xsl:variable name="entry" select="key('string', $key)"/>
      <xsl:variable name="text" select="$entry/text[@lang = $lang-code]"/>
      <xsl:choose>
        <xsl:when test="$text"><xsl:value-of select="$text"/></xsl:when>
        <xsl:when test="$entry/text[@lang = 'en']"><xsl:value-of select="$entry/text[@lang = 'en']"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$key"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- A string with its {name} placeholders filled from <parameter>
       elements: how rules and reasons are worded from their code and
       parameters in every language. -->
  <xsl:template name="t-filled">
    <xsl:param name="key"/>
    <xsl:param name="parameters"/>
    <xsl:variable name="text"><xsl:call-template name="t"><xsl:with-param name="key" select="$key"/></xsl:call-template></xsl:variable>
    <xsl:call-template name="fill">
      <xsl:with-param name="text" select="string($text)"/>
      <xsl:with-param name="parameters" select="$parameters"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="fill">
    <xsl:param name="text"/>
    <xsl:param name="parameters"/>
    <xsl:choose>
      <xsl:when test="contains($text, '{') and contains(substring-after($text, '{'), '}')">
        <xsl:variable name="name" select="substring-before(substring-after($text, '{'), '}')"/>
        <xsl:value-of select="substring-before($text, '{')"/>
        <xsl:value-of select="$parameters[@name = $name]/@value"/>
        <xsl:call-template name="fill">
          <xsl:with-param name="text" select="substring-after(substring-after($text, '{'), '}')"/>
          <xsl:with-param name="parameters" select="$parameters"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="group-name">
    <xsl:param name="group"/>
    <xsl:call-template name="t"><xsl:with-param name="key" select="concat('group.', $group)"/></xsl:call-template>
  </xsl:template>

  <!-- <head> with the viewport for phones and the whole CSS inline. -->
  <xsl:template name="head">
    <xsl:param name="title"/>
    <head>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title><xsl:value-of select="$title"/></title>
      <style><xsl:value-of select="$css"/></style>
    </head>
  </xsl:template>

  <!-- The campaign line under every page title. -->
  <xsl:template name="campaign-line">
    <xsl:variable name="c" select="/*/r:campaign"/>
    <p class="meta">
      <xsl:call-template name="t"><xsl:with-param name="key" select="'label.campaign'"/></xsl:call-template>
      <xsl:text>: </xsl:text>
      <xsl:value-of select="$c/@title"/>
      <xsl:text> (</xsl:text><xsl:value-of select="$c/@id"/><xsl:text>) · </xsl:text>
      <xsl:value-of select="$c/@opens"/><xsl:text> – </xsl:text><xsl:value-of select="$c/@closes"/>
    </p>
  </xsl:template>

  <xsl:template name="footer">
    <footer>
      <xsl:if test="$home != ''">
        <a href="{$home}"><xsl:call-template name="t"><xsl:with-param name="key" select="'label.back'"/></xsl:call-template></a>
        <xsl:text> · </xsl:text>
      </xsl:if>
      <xsl:call-template name="t"><xsl:with-param name="key" select="'footer'"/></xsl:call-template>
    </footer>
  </xsl:template>

  <!-- A score with two decimals. The cells of the tables and the chart
       write the same pattern inline: a template call per cell would cost
       more than the number. -->
  <xsl:template name="score">
    <xsl:param name="value"/>
    <xsl:value-of select="format-number($value, '0.00')"/>
  </xsl:template>

  <!-- A share as a whole percentage. -->
  <xsl:template name="percent">
    <xsl:param name="value"/>
    <xsl:value-of select="format-number($value * 100, '0')"/>
    <xsl:text>%</xsl:text>
  </xsl:template>

  <!-- The marker of a withheld figure: a dash and the number of its reason
       in the page's reasons list. -->
  <xsl:template name="withheld">
    <xsl:param name="code"/>
    <xsl:variable name="reason" select="/*/r:reasons/r:reason[@code = $code]"/>
    <span class="withheld">
      <xsl:text>–</xsl:text>
      <sup><xsl:value-of select="count($reason/preceding-sibling::r:reason) + 1"/></sup>
    </span>
  </xsl:template>

  <!-- A cell of a personal report (an item, dimension or overall score of
       a column): mean and n, or the withheld marker. Applied to the cell
       that a key finds, so a missing cell writes nothing; a template
       matched on the cell itself reads its attributes without a
       parameter, and costs less than a named template with one. -->
  <xsl:template match="*" mode="cell">
    <xsl:choose>
      <xsl:when test="@withheld">
        <xsl:call-template name="withheld"><xsl:with-param name="code" select="@withheld"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <span class="mean"><xsl:value-of select="format-number(@mean, '0.00')"/></span>
        <span class="n"><xsl:text> n=</xsl:text><xsl:value-of select="@n"/></span>
        <xsl:if test="@lowAgreement = 'true'">
          <span class="flag"><xsl:text> </xsl:text><xsl:call-template name="t"><xsl:with-param name="key" select="'label.lowAgreement'"/></xsl:call-template></span>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The heat class of a mean: h1 (lowest fifth of the scale) to h5. -->
  <xsl:template name="heat">
    <xsl:param name="mean"/>
    <xsl:variable name="share" select="($mean - $min) div ($max - $min)"/>
    <xsl:choose>
      <xsl:when test="$share &lt; 0.2">h1</xsl:when>
      <xsl:when test="$share &lt; 0.4">h2</xsl:when>
      <xsl:when test="$share &lt; 0.6">h3</xsl:when>
      <xsl:when test="$share &lt; 0.8">h4</xsl:when>
      <xsl:otherwise>h5</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The reasons list that the withheld markers point to. -->
  <xsl:template name="reasons">
    <xsl:if test="/*/r:reasons/r:reason">
      <section id="reasons">
        <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.reasons'"/></xsl:call-template></h2>
        <ol class="reasons">
          <xsl:for-each select="/*/r:reasons/r:reason">
            <li><xsl:call-template name="t-filled"><xsl:with-param name="key" select="concat('reason.', @code)"/><xsl:with-param name="parameters" select="r:parameter"/></xsl:call-template></li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Comments grouped by open question, verbatim. -->
  <xsl:template name="comments">
    <section id="comments">
      <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.comments'"/></xsl:call-template></h2>
      <xsl:choose>
        <xsl:when test="/*/r:comments/@withheld">
          <p><xsl:call-template name="withheld"><xsl:with-param name="code" select="/*/r:comments/@withheld"/></xsl:call-template></p>
        </xsl:when>
        <xsl:when test="not(/*/r:comments/r:comment)">
          <p><xsl:call-template name="t"><xsl:with-param name="key" select="'comments.none'"/></xsl:call-template></p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:for-each select="/*/r:labels/r:question">
            <xsl:variable name="id" select="@id"/>
            <xsl:variable name="answers" select="/*/r:comments/r:comment[@question = $id]"/>
            <xsl:if test="$answers">
              <h3><xsl:value-of select="@text"/></h3>
              <ul class="comments">
                <xsl:for-each select="$answers">
                  <li>
                    <xsl:if test="@group">
                      <span class="tag"><xsl:call-template name="group-name"><xsl:with-param name="group" select="@group"/></xsl:call-template></span>
                      <xsl:text> </xsl:text>
                    </xsl:if>
                    <bdi><xsl:value-of select="."/></bdi>
                  </li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
